// `npm start`: serves the built demo at http://localhost:8000/demo/ (PORT overrides the port).
export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  hostname: 'localhost',
  open: false,
  middleware: [
    (context, next) => {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
  ],
};

export * from './types.js';
export * from './taxonomy.js';
export * from './validate.js';

// A test-runner command the built-in `emulateMedia` lacks: any CSS media feature, `forced-colors`
// included (Puppeteer's own emulateMediaFeatures refuses it), through the page's DevTools protocol session.
// In a test: executeServerCommand('emulate-media-features', {features: [{name: 'forced-colors', value: 'active'}]}).

const sessions = new WeakMap();

export function emulateMediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`emulate-media-features needs a Chrome launcher, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', {features: payload?.features ?? []});
      return true;
    },
  };
}

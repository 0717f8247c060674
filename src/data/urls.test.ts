import {expect} from '@open-wc/testing';
import {displayHost, safeHttpUrl} from './urls.js';

describe('safeHttpUrl (the only links ever rendered)', () => {
  it('keeps absolute http and https URLs (normalised)', () => {
    expect(safeHttpUrl('https://www.euratechnologies.com')).to.equal('https://www.euratechnologies.com/');
    expect(safeHttpUrl('http://example.org/a?b=c#d')).to.equal('http://example.org/a?b=c#d');
    expect(safeHttpUrl('HTTPS://Example.ORG/Path')).to.equal('https://example.org/Path');
  });

  it('drops script, data and other schemes, whatever their spelling', () => {
    for (const value of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'mailto:contact@example.org',
      'ftp://example.org/file',
      'file:///etc/passwd',
    ]) {
      expect(safeHttpUrl(value), value).to.equal(undefined);
    }
  });

  it('drops relative URLs and non-strings (a link must not point into the partner page)', () => {
    for (const value of ['www.example.org', '/contact', '//example.org', '', 42, null, undefined, {href: 'https://x.org'}]) {
      expect(safeHttpUrl(value), JSON.stringify(value)).to.equal(undefined);
    }
  });
});

describe('displayHost (link text)', () => {
  it('shows the host name without www., path or port', () => {
    expect(displayHost('https://www.example.org/a/b')).to.equal('example.org');
    expect(displayHost('https://lille.example.fr/')).to.equal('lille.example.fr');
    expect(displayHost('https://example.org:8443/x')).to.equal('example.org');
    expect(displayHost('https://WWW.Example.ORG')).to.equal('example.org');
  });

  it('only removes a leading "www." label', () => {
    expect(displayHost('https://www2.example.org')).to.equal('www2.example.org');
    expect(displayHost('https://wwwexample.org')).to.equal('wwwexample.org');
    expect(displayHost('https://shop.www.example.org')).to.equal('shop.www.example.org');
  });
});

import { describe, expect, it } from 'vitest';
import { coveredBy, patternToSite, toSitePattern } from '../../../../src/ui/options/site-origin';

const BUILT_IN = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://*.zendesk.com/*',
  'https://*.freshdesk.com/*',
];

describe('toSitePattern', () => {
  it.each([
    ['https://crm.example.com', 'https://crm.example.com/*'],
    ['crm.example.com', 'https://crm.example.com/*'],
    ['  https://crm.example.com/tickets/4?x=1#y  ', 'https://crm.example.com/*'],
    ['http://intranet.local:8080/app', 'http://intranet.local:8080/*'],
    ['localhost:3000', 'https://localhost:3000/*'],
    ['HTTPS://CRM.Example.COM', 'https://crm.example.com/*'],
    ['https://bücher.example', 'https://xn--bcher-kva.example/*'],
  ])('%s → %s', (input, pattern) => {
    expect(toSitePattern(input, BUILT_IN)).toMatchObject({ ok: true, pattern });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ftp://files.example.com', 'scheme'],
    ['chrome://settings', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['https://', 'bad'],
    ['not a site', 'bad'],
    ['https://*.example.com', 'bad'],
    ['https://user:pw@crm.example.com', 'bad'],
    ['mail.google.com', 'built-in'],
    ['https://acme.zendesk.com/agent', 'built-in'],
  ])('%j is refused as %s', (input, problem) => {
    expect(toSitePattern(input, BUILT_IN)).toEqual({ ok: false, problem });
  });

  it('*.zendesk.com covers zendesk.com and its subdomains, nothing that merely ends in the same letters', () => {
    expect(coveredBy(BUILT_IN, 'https://zendesk.com')).toBe(true);
    expect(coveredBy(BUILT_IN, 'https://evilzendesk.com')).toBe(false);
    expect(coveredBy(BUILT_IN, 'http://mail.google.com')).toBe(false);
  });

  it('shows a pattern as the site a person typed', () => {
    expect(patternToSite('https://crm.example.com/*')).toBe('https://crm.example.com');
  });
});

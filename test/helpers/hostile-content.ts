/**
 * What a careless or hostile edit could put into content to run code, load
 * another site or deface a page, as a careful tester would write it: each
 * form with the English key of the content check's message. The content
 * check must refuse every one (test/src/edition/check/safety.test.ts), and the
 * build with it (test/src/integrations/edition.test.ts).
 */

export interface HostileForm {
  name: string;
  /** As written in an editorial note's MDX, or in a YAML text field. */
  text: string;
  key: string;
}

export const HOSTILE_MDX: readonly HostileForm[] = [
  { name: 'an inline script', text: '<script>document.title="PWNED"</script>', key: 'HTML not allowed' },
  { name: 'an inline script in capitals', text: '<SCRIPT>document.title="PWNED"</SCRIPT>', key: 'HTML not allowed' },
  { name: 'an image with an event handler', text: `<img src="x" onerror="document.title='IMG'" />`, key: 'HTML not allowed' },
  { name: 'an SVG with onload', text: `<svg onload="document.title='SVG'" />`, key: 'HTML not allowed' },
  { name: 'a javascript: link', text: '[点这里](javascript:alert(1))', key: 'unsafe link' },
  { name: 'a javascript: link in capitals', text: '[点这里](JavaScript:alert(1))', key: 'unsafe link' },
  { name: 'a javascript: link written with an entity', text: '[点这里](jav&#x61;script:alert(1))', key: 'unsafe link' },
  { name: 'a javascript: link with a space inside', text: '[点这里](<java script:alert(1)>)', key: 'unsafe link' },
  { name: 'a raw link whose URL starts with a space', text: '<a href=" javascript:alert(1)">点这里</a>', key: 'HTML not allowed' },
  { name: 'a raw link whose URL holds a tab', text: '<a href="java\tscript:alert(1)">点这里</a>', key: 'HTML not allowed' },
  { name: 'a vbscript: link by reference', text: '[点这里][x]\n\n[x]: vbscript:msgbox(1)', key: 'unsafe link' },
  { name: 'a link to another site without a scheme', text: '[点这里](//example.com/)', key: 'unsafe link' },
  { name: 'a data: image', text: '![图](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)', key: 'unsafe image' },
  { name: 'an image from another site', text: '![图](https://example.com/x.png)', key: 'unsafe image' },
  { name: 'a meta refresh', text: '<meta http-equiv="refresh" content="0;url=https://example.com/" />', key: 'HTML not allowed' },
  { name: 'a base element', text: '<base href="https://example.com/" />', key: 'HTML not allowed' },
  { name: 'a stylesheet link', text: '<link rel="stylesheet" href="https://example.com/x.css" />', key: 'HTML not allowed' },
  { name: 'a style element', text: '<style>p</style>', key: 'HTML not allowed' },
  { name: 'an iframe', text: '<iframe src="https://example.com/"></iframe>', key: 'HTML not allowed' },
  { name: 'an object', text: '<object data="https://example.com/x.swf"></object>', key: 'HTML not allowed' },
  { name: 'a form', text: '<form action="https://example.com/"><input name="q" /></form>', key: 'HTML not allowed' },
  { name: 'an allowed element with a style attribute', text: '<sup style="color:red">2</sup>', key: 'HTML attribute not allowed' },
  { name: 'an allowed element with an event handler', text: '<sub onclick="alert(1)">2</sub>', key: 'HTML attribute not allowed' },
];

/** What must not be in a YAML text field or a front-matter value: plain text is shown as written. */
export const HOSTILE_TEXT: readonly HostileForm[] = [
  { name: 'an inline script', text: '<script>alert(1)</script>', key: 'HTML not allowed' },
  { name: 'an image with an event handler', text: '<img src=x onerror=alert(1)>', key: 'HTML not allowed' },
  { name: 'an HTML link', text: '详见<a href="https://example.com/">这里</a>', key: 'HTML not allowed' },
  { name: 'an HTML comment', text: '说明<!-- 隐藏 -->', key: 'HTML not allowed' },
  { name: 'a javascript: address', text: 'javascript:alert(1)', key: 'unsafe link' },
  { name: 'a javascript: address, spaced and in capitals', text: 'Java Script : alert(1)', key: 'unsafe link' },
  { name: 'a data: address', text: 'data:text/html,<b>x</b>', key: 'HTML not allowed' },
  { name: 'a vbscript: address', text: 'vbscript:msgbox(1)', key: 'unsafe link' },
];

/** An editorial note holding `text`, marked so that its line can be found: `编者注 7：…`. */
export const noteWith = (index: number, text: string) => `\n<EditorialNote>\n编者注 ${index}：${text}\n</EditorialNote>\n`;

import {noChange} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';

/**
 * `<li ${cssVars({'--_sector-color': color})}>`: sets custom properties through the CSSOM, always.
 * Lit's `styleMap` writes a `style` attribute on first render, which a page whose CSP has no
 * `'unsafe-inline'` in `style-src` blocks (the widget promises to work there); `style.setProperty` is allowed.
 */
class CssVarsDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssVars() goes in an element position: <li ${cssVars(…)}>');
  }

  render(vars: Readonly<Record<`--${string}`, string>>) {
    void vars; // the values are applied in update(), through the CSSOM
    return noChange;
  }

  override update(part: ElementPart, [vars]: [Readonly<Record<`--${string}`, string>>]) {
    const {style} = part.element as HTMLElement;
    for (const [name, value] of Object.entries(vars)) {
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    }
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);

import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {DatasetController} from './dataset-controller.js';
import {linkPrefix, linkStateOf, readLinkState, sameLinkState, writeLinkState, type LinkState} from './deep-link.js';
import type {FilterController} from './filter-controller.js';

export interface LinkHost extends ReactiveControllerHost, HTMLElement {
  /** The public `link` property: keep the state in the page URL's hash. */
  link: boolean;
  selected: string | undefined;
  sectors: string[] | undefined;
}

/** What the details panel's "Copy link" button shows. */
export type CopyStatus = 'idle' | 'copied' | 'refused';

export interface ShareProps {
  status: CopyStatus;
  url: string;
  onCopy: () => void;
}

/**
 * With `link`, keeps the open site, the selected sectors and the search in the page URL's fragment (see
 * deep-link.ts for the format). The fragment is read before the first render, so a shared link opens
 * straight on its state; opening or closing a site adds a history entry (Back and Forward walk through
 * the sites), filter and search changes replace the current one (no entry per keystroke). Back, Forward
 * and a host page that changes the fragment itself are followed. Without `link`, the URL is never read
 * nor written.
 */
export class LinkController implements ReactiveController {
  private listening = false;
  /** Whether the URL already shows the widget's state once: the first write replaces, never pushes. */
  private synced = false;
  /** Sector ids that came from the URL, to check against the taxonomy once the dataset is there. */
  private sectorsToCheck: readonly string[] | undefined;
  private copyStatus: CopyStatus = 'idle';
  private copiedFor: string | undefined;
  private selectFallback = false;
  private readonly follow = () => this.restore(false);

  constructor(
    private readonly host: LinkHost,
    private readonly dataset: DatasetController,
    private readonly filter: FilterController,
  ) {
    host.addController(this);
  }

  /** What the details panel needs for its "Copy link" button; undefined without `link`. */
  get share(): ShareProps | undefined {
    if (!this.listening) return undefined;
    const status = this.copiedFor === this.host.selected ? this.copyStatus : 'idle';
    return {status, url: this.url(), onCopy: () => void this.copy()};
  }

  hostConnected(): void {
    if (this.host.link) this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Before each render: `link` switched on or off, and URL sectors checked against a newly loaded taxonomy. */
  hostUpdate(): void {
    if (this.host.link && !this.listening) this.start();
    else if (!this.host.link && this.listening) this.stop();
    const view = this.dataset.view;
    if (this.sectorsToCheck && view) {
      const fromUrl = this.sectorsToCheck;
      this.sectorsToCheck = undefined;
      const unknown = fromUrl.filter((id) => !view.sectorIds.includes(id));
      if (unknown.length && this.host.sectors?.join(',') === fromUrl.join(',')) {
        console.warn(`<ecosystem-map> link: unknown sector ${unknown.map((id) => `"${id}"`).join(', ')} in the URL; ignored.`);
        const known = fromUrl.filter((id) => !unknown.includes(id));
        this.host.sectors = known.length ? known : undefined;
      }
    }
  }

  /** After each render: the URL follows the state (push when the open site changed, else replace). */
  hostUpdated(): void {
    if (this.listening) this.write();
    if (this.selectFallback) {
      this.selectFallback = false;
      const field = this.host.shadowRoot?.querySelector<HTMLInputElement>('.share-url');
      field?.focus();
      field?.select();
    }
  }

  private get prefix(): string {
    return linkPrefix(this.host.id);
  }

  private get state(): LinkState {
    return {site: this.host.selected || undefined, sectors: this.filter.selectedSectors, query: this.filter.typed};
  }

  private start(): void {
    this.listening = true;
    this.synced = false;
    addEventListener('popstate', this.follow);
    addEventListener('hashchange', this.follow);
    this.restore(true);
  }

  private stop(): void {
    if (!this.listening) return;
    this.listening = false;
    removeEventListener('popstate', this.follow);
    removeEventListener('hashchange', this.follow);
  }

  /**
   * Applies the URL's pairs. At start only the pairs present count (attributes stay the default);
   * afterwards (Back, Forward, a host router) an absent pair means the empty value.
   */
  private restore(initial: boolean): void {
    const {found, warnings} = readLinkState(location.hash, this.prefix);
    for (const warning of warnings) console.warn(`<ecosystem-map> link: ${warning}`);
    const current = this.state;
    const next: LinkState = initial ? {...current, ...found} : linkStateOf(location.hash, this.prefix);
    if (next.site !== current.site) this.host.selected = next.site;
    if (next.sectors.join(',') !== current.sectors.join(',')) {
      this.host.sectors = next.sectors.length ? [...next.sectors] : undefined;
      if (next.sectors.length) this.sectorsToCheck = next.sectors;
    }
    if (next.query !== current.query) this.filter.setQuery(next.query);
  }

  /** The page URL showing the current state (what the URL becomes after this render). */
  private url(): string {
    const url = new URL(location.href);
    url.hash = writeLinkState(location.hash, this.prefix, this.state);
    return url.href;
  }

  private write(): void {
    const inUrl = linkStateOf(location.hash, this.prefix);
    const state = this.state;
    const push = this.synced && inUrl.site !== state.site;
    this.synced = true;
    if (sameLinkState(inUrl, state)) return;
    const url = this.url();
    if (push) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  }

  private async copy(): Promise<void> {
    const url = this.url();
    this.copiedFor = this.host.selected;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      this.copyStatus = 'copied';
    } catch {
      // Refused (permissions, a frame without clipboard-write, an old browser): the visitor copies it by hand.
      this.copyStatus = 'refused';
      this.selectFallback = true;
    }
    this.host.requestUpdate();
  }
}

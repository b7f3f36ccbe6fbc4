/*
 * <jeweler-search>: the association's member-jeweler search, for partner pages.
 *
 *   <script src="https://GATEWAY/embed/jeweler-search.js" defer></script>
 *   <jeweler-search api-key="jk_..." zip="10001" radius="25"></jeweler-search>
 *
 * It finds retailers, the firms a visitor can walk into, unless the page names other kinds of firm:
 * kinds="retailer manufacturer" (space- or comma-separated: retailer, supplier, manufacturer, service-provider).
 *
 * With the map attribute it shows the firms on a map too, drawn by Leaflet, which the gateway serves from its
 * WebJar. A map has no background unless the page names a tile server it trusts, with the server's attribution:
 *   <jeweler-search api-key="jk_..." zip="10001" map
 *     tiles="https://tiles.example/{z}/{x}/{y}.png" tiles-attribution="&copy; Example contributors"></jeweler-search>
 *
 * Plain JavaScript without a build step for partners, and it asks nothing of anyone but the gateway it came from
 * (and the tile server, when the page names one), so their visitors' searches go nowhere else. Theme it with the
 * --jeweler-search-* custom properties listed at the top of STYLE.
 */
(() => {
  'use strict';

  // The API is wherever this script came from: partners paste one URL, and a staging gateway serves its own widget.
  const API = new URL(document.currentScript.src).origin;
  const PAGE_SIZE = 10;
  const RADII = ['5', '10', '25', '50', '100'];
  const DEFAULT_KINDS = ['retailer'];
  const HONORS = { 'case-awards': 'CASE Award', '20-under-40': '20 Under 40' };
  // The Leaflet WebJar's files; gateway/pom.xml names its version and EmbedAssetsTest checks that this one is served.
  const LEAFLET = `${API}/webjars/leaflet/1.9.4/dist`;
  const MAP_MAX_ZOOM = 18;
  // The map before any search: the lower 48 states.
  const MAP_START = [[24.5, -125], [49.5, -66.9]];

  // What a visitor reads when the gateway refuses; the problem's own detail follows, for the site's webmaster.
  const REFUSALS = {
    401: 'This search is not available: the website\'s API key is unknown or has been revoked.',
    403: 'This search is not available on this website: its API key does not allow this address.',
    429: 'Too many searches right now. Please try again in a moment.',
  };

  const STYLE = `
    :host {
      --jeweler-search-font: system-ui, sans-serif;
      --jeweler-search-text: #1f1f1f;
      --jeweler-search-muted: #5c5c5c;
      --jeweler-search-background: #ffffff;
      --jeweler-search-border: #d6d0c4;
      --jeweler-search-accent: #7a4f01;
      --jeweler-search-accent-text: #ffffff;
      --jeweler-search-radius: 6px;
      display: block;
      font-family: var(--jeweler-search-font);
      color: var(--jeweler-search-text);
      background: var(--jeweler-search-background);
      border: 1px solid var(--jeweler-search-border);
      border-radius: var(--jeweler-search-radius);
      padding: 1rem;
    }
    form { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; }
    label { display: flex; flex-direction: column; gap: .25rem; font-size: .9rem; }
    input, select, button { font: inherit; padding: .4rem .6rem; border-radius: var(--jeweler-search-radius); }
    input, select { border: 1px solid var(--jeweler-search-border); color: inherit; background: inherit; }
    button { border: 0; background: var(--jeweler-search-accent); color: var(--jeweler-search-accent-text);
             cursor: pointer; }
    button:disabled { opacity: .5; cursor: default; }
    :focus-visible { outline: 3px solid var(--jeweler-search-accent); outline-offset: 2px; }
    .status { color: var(--jeweler-search-muted); margin: .75rem 0; }
    .error { border-left: 4px solid #b00020; padding: .5rem .75rem; background: #fdecee; }
    .error p { margin: .25rem 0; }
    .detail { color: var(--jeweler-search-muted); font-size: .85rem; }
    ol { list-style: none; padding: 0; margin: 0; }
    li { border-top: 1px solid var(--jeweler-search-border); padding: .75rem 0; }
    h3 { margin: 0; font-size: 1.05rem; display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; }
    li p { margin: .2rem 0; }
    .distance { color: var(--jeweler-search-accent); font-weight: 600; }
    .hiring { font-size: .75rem; padding: .1rem .4rem; border-radius: var(--jeweler-search-radius);
              background: var(--jeweler-search-accent); color: var(--jeweler-search-accent-text); }
    .services, .honors, .opening { font-size: .9rem; color: var(--jeweler-search-muted); }
    .opening.open { color: var(--jeweler-search-accent); }
    .contact { display: flex; gap: 1rem; }
    a { color: var(--jeweler-search-accent); }
    nav { display: flex; gap: .75rem; align-items: center; margin-top: .75rem; }
    .map { height: 22rem; margin: .75rem 0; border: 1px solid var(--jeweler-search-border);
           border-radius: var(--jeweler-search-radius); }
    .map.leaflet-container { background: #eef1f3; font: inherit; }
    .cluster { display: flex; align-items: center; justify-content: center; border-radius: 50%;
               background: var(--jeweler-search-accent); color: var(--jeweler-search-accent-text);
               border: 2px solid #ffffff; box-shadow: 0 1px 3px rgba(0, 0, 0, .4); font-weight: 600; font-size: .8rem; }
    .pin { fill: var(--jeweler-search-accent); stroke: #ffffff; }
    [hidden] { display: none !important; }
  `;

  const TEMPLATE = `
    <form role="search" aria-label="Find a member jeweler">
      <label>ZIP code or city <input name="place" required autocomplete="postal-code"></label>
      <label>Within <select name="radius">${RADII.map(r => `<option value="${r}">${r} miles</option>`).join('')}</select></label>
      <label>Service <select name="service"><option value="">Any service</option></select></label>
      <button type="submit">Search</button>
    </form>
    <div class="error" role="alert" hidden></div>
    <p class="status" role="status" aria-live="polite"></p>
    <div class="map" role="region" aria-label="Map of member jewelers" hidden></div>
    <ol class="results" aria-label="Member jewelers"></ol>
    <nav class="paging" aria-label="Result pages" hidden>
      <button type="button" class="previous">Previous</button>
      <span class="page"></span>
      <button type="button" class="next">Next</button>
    </nav>
  `;

  /** A refusal or failure from the gateway, with its problem+json detail. */
  class Refusal extends Error {
    constructor(status, detail, retryAfter) {
      super(detail || `HTTP ${status}`);
      this.status = status;
      this.detail = detail;
      this.retryAfter = retryAfter;
    }
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /**
   * The local date-time of an ISO date-time with offset as a person reads it: "6:00 PM", and with the day when asked:
   * "10:00 AM" today, "tomorrow 10:00 AM", "Fri 10:00 AM". Today is the location's, from the offset it gives.
   */
  function wallClock(iso, withDay, now = Date.now()) {
    const [, date, hour, minute, offset] =
      /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::[\d.]+)?(Z|[+-]\d{2}:\d{2})$/.exec(iso) || [];
    if (!date) return iso;
    const h = Number(hour);
    const time = `${h % 12 || 12}:${minute} ${h < 12 ? 'AM' : 'PM'}`;
    if (!withDay) return time;
    const offsetMinutes = offset === 'Z' ? 0
      : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    const localDay = shift => new Date(now + offsetMinutes * 60000 + shift * 86400000).toISOString().slice(0, 10);
    if (date === localDay(0)) return time;
    if (date === localDay(1)) return `tomorrow ${time}`;
    const day = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', { weekday: 'short', timeZone: 'UTC' });
    return `${day} ${time}`;
  }

  /** A map's view as the map API's bbox: west,south,east,north, longitudes wrapped into -180 to 180. */
  function bbox(bounds) {
    const wrap = lng => ((lng + 180) % 360 + 360) % 360 - 180;
    const wholeWorld = bounds.getEast() - bounds.getWest() >= 360;
    // West above east after wrapping is a view across longitude 180, which the API takes as such.
    const west = wholeWorld ? -180 : wrap(bounds.getWest());
    const east = wholeWorld ? 180 : wrap(bounds.getEast());
    return [west, Math.max(-90, bounds.getSouth()), east, Math.min(90, bounds.getNorth())]
      .map(degrees => degrees.toFixed(6)).join(',');
  }

  class JewelerSearch extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>${STYLE}</style>${TEMPLATE}`;
      this.root = root;
      this.form = root.querySelector('form');
      this.error = root.querySelector('.error');
      this.status = root.querySelector('.status');
      this.results = root.querySelector('.results');
      this.paging = root.querySelector('.paging');
      this.previous = root.querySelector('.previous');
      this.next = root.querySelector('.next');
      this.pageLabel = root.querySelector('.page');
      this.mapBox = root.querySelector('.map');
      this.page = 0;
      // Numbers each search (and each map view), so that a slow answer to an older one never replaces a newer one's.
      this.ticket = 0;
      this.mapTicket = 0;
    }

    connectedCallback() {
      if (this.services) return; // moved within the page: already set up
      this.form.place.value = this.getAttribute('zip') || '';
      this.chooseRadius(this.getAttribute('radius') || '25');
      this.form.addEventListener('submit', event => {
        event.preventDefault();
        this.search(0);
      });
      this.previous.addEventListener('click', () => this.search(this.page - 1));
      this.next.addEventListener('click', () => this.search(this.page + 1));
      this.services = this.loadServices();
      // What the map shows before a search, and after one, the search's own filters.
      this.filters = new URLSearchParams(this.kinds().map(kind => ['kind', kind]));
      if (this.hasAttribute('map')) this.map = this.openMap();
      if (this.form.place.value) this.search(0);
    }

    /** The kinds of firm the page asks for; the API refuses an unknown one, which the widget then shows. */
    kinds() {
      const named = (this.getAttribute('kinds') || '').split(/[\s,]+/).filter(kind => kind);
      return named.length ? named : DEFAULT_KINDS;
    }

    chooseRadius(radius) {
      if (!RADII.includes(radius)) this.form.radius.add(new Option(`${radius} miles`, radius));
      this.form.radius.value = radius;
    }

    /** Fills the service choice and answers code → label; results show codes if the taxonomy cannot be read. */
    async loadServices() {
      try {
        const taxonomy = await this.call('/api/v1/services');
        taxonomy.services.forEach(term => this.form.service.add(new Option(term.label, term.code)));
        return new Map(taxonomy.services.map(term => [term.code, term.label]));
      } catch (failure) {
        this.showFailure(failure);
        return new Map();
      }
    }

    // The key goes in the query, not in X-Api-Key: a simple request needs no preflight, and the browser caches
    // answers per key, so a cached answer for one key never hides that another is revoked or refused.
    async call(path, params = new URLSearchParams()) {
      const key = this.getAttribute('api-key');
      if (key) params.set('key', key);
      const response = await fetch(`${API}${path}?${params}`,
        { headers: { Accept: 'application/json' }, credentials: 'omit' });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) throw new Refusal(response.status, body.detail, response.headers.get('Retry-After'));
      return body;
    }

    async search(page) {
      const place = this.form.place.value.trim();
      if (!place) return;
      const params = new URLSearchParams();
      if (/^\d{5}$/.test(place)) {
        params.set('zip', place);
        params.set('radius', this.form.radius.value);
      } else {
        params.set('city', place);
      }
      if (this.form.service.value) params.set('service', this.form.service.value);
      this.kinds().forEach(kind => params.append('kind', kind));
      this.filters = new URLSearchParams(params);
      params.set('page', page);
      params.set('size', PAGE_SIZE);
      const ticket = ++this.ticket;
      this.results.setAttribute('aria-busy', 'true');
      this.status.textContent = 'Searching…';
      try {
        const result = await this.call('/api/v1/members', params);
        const labels = await this.services;
        if (ticket === this.ticket) {
          this.render(result, labels, place);
          if (this.map) this.showOnMap(result);
        }
      } catch (failure) {
        if (ticket === this.ticket) this.showFailure(failure);
      } finally {
        if (ticket === this.ticket) this.results.removeAttribute('aria-busy');
      }
    }

    render(result, labels, place) {
      this.error.hidden = true;
      this.page = result.page;
      this.results.replaceChildren(...result.items.map(hit => this.firm(hit, labels, result.unit)));
      const pages = Math.ceil(result.total / result.size);
      this.paging.hidden = pages <= 1;
      this.previous.disabled = result.page === 0;
      this.next.disabled = result.page + 1 >= pages;
      this.pageLabel.textContent = `Page ${result.page + 1} of ${pages}`;
      const first = result.page * result.size + 1;
      const last = first + result.items.length - 1;
      this.status.textContent = result.total === 0
        ? `No member jewelers found near ${place}.`
        : `${result.total} member jeweler${result.total === 1 ? '' : 's'} found near ${place}; showing ${first} to ${last}.`;
    }

    firm(hit, labels, unit) {
      const { member, location } = hit;
      const item = element('li', 'firm');
      const name = element('h3', 'name', member.name);
      if (member.hiring) {
        const mark = element('span', 'hiring', 'Hiring');
        mark.title = `${member.openPositions} open position${member.openPositions === 1 ? '' : 's'}`;
        name.append(mark);
      }
      item.append(name);
      if (hit.distance !== null && hit.distance !== undefined) {
        item.append(element('p', 'distance', `${hit.distance.toFixed(1)} ${unit}`));
      }
      item.append(element('p', 'address',
        `${location.address}, ${location.city}, ${location.state} ${location.zip}`));
      const hours = this.opening(hit);
      if (hours) item.append(element('p', `opening ${hit.status}`, hours));
      if (member.services.length) {
        item.append(element('p', 'services',
          `Services: ${member.services.map(code => labels.get(code) || code).join(', ')}`));
      }
      if (member.honors && member.honors.length) {
        item.append(element('p', 'honors', `Honors: ${member.honors.map(honor =>
          `${HONORS[honor.program] || honor.program} ${honor.year}${honor.title ? ` (${honor.title})` : ''}`).join('; ')}`));
      }
      item.append(this.contact(member, location));
      return item;
    }

    /**
     * "Open now · closes 6:00 PM", "Closed today (Thanksgiving) · opens tomorrow 10:00 AM": the API gives the times
     * in the location's own zone, so their date and clock digits are read as they are, whatever the visitor's zone.
     */
    opening(hit) {
      if (hit.status !== 'open' && hit.status !== 'closed') return null;
      const today = hit.exceptionToday;
      const label = today && today.label ? ` (${today.label})` : '';
      if (hit.status === 'open') {
        return `Open now${label}` + (hit.closesAt ? ` · closes ${wallClock(hit.closesAt, false)}` : '');
      }
      const closed = today && today.closed ? `Closed today${label}` : `Closed${label}`;
      return closed + (hit.opensAt ? ` · opens ${wallClock(hit.opensAt, true)}` : '');
    }

    contact(member, location) {
      const contact = element('p', 'contact');
      const phone = location.phone || member.phone;
      if (phone) {
        const call = element('a', '', phone);
        call.href = `tel:${phone.replace(/[^\d+]/g, '')}`;
        contact.append(call);
      }
      // Only web addresses become links: a javascript: URL in a listing must not run on the partner's page.
      if (member.website && /^https?:\/\//i.test(member.website)) {
        const site = element('a', '', 'Website');
        site.href = member.website;
        site.target = '_blank';
        site.rel = 'noopener noreferrer';
        site.setAttribute('aria-label', `Website of ${member.name} (opens in a new tab)`);
        contact.append(site);
      }
      return contact;
    }

    /**
     * The map view: Leaflet imported as a module from the gateway, with its style inside this shadow root. Tiles come
     * only from the server the page names in tiles; without one the map is a plain background with the firms on it.
     */
    async openMap() {
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = `${LEAFLET}/leaflet.css`;
      this.root.prepend(style);
      this.mapBox.hidden = false;
      try {
        const L = await import(`${LEAFLET}/leaflet-src.esm.js`);
        const map = L.map(this.mapBox, { maxZoom: MAP_MAX_ZOOM });
        const tiles = this.getAttribute('tiles');
        if (tiles) {
          L.tileLayer(tiles, { maxZoom: MAP_MAX_ZOOM, attribution: this.getAttribute('tiles-attribution') || '' })
            .addTo(map);
        }
        const view = { L, map, pins: L.layerGroup().addTo(map) };
        map.on('moveend', () => this.drawMap(view));
        map.fitBounds(MAP_START);
        return view;
      } catch (failure) {
        this.mapBox.hidden = true;
        this.showFailure(failure, true);
        return null;
      }
    }

    /** After a search, the map moves to the firms it found; their count there is the search's total. */
    async showOnMap(result) {
      const view = await this.map;
      if (!view) return;
      const points = result.items.map(hit => [hit.location.latitude, hit.location.longitude]);
      if (points.length) view.map.fitBounds(points, { padding: [32, 32], maxZoom: 13, animate: false });
      this.drawMap(view);
    }

    /**
     * The firms in the map's view with the search's filters, as the map API answers at this zoom: counts per cell
     * (a click zooms into the cell) or single firms, named on hover and focus.
     */
    async drawMap({ L, map, pins }) {
      const params = new URLSearchParams(this.filters);
      params.set('bbox', bbox(map.getBounds()));
      params.set('zoom', Math.round(map.getZoom()));
      const ticket = ++this.mapTicket;
      try {
        const answer = await this.call('/api/v1/members/map', params);
        if (ticket !== this.mapTicket) return;
        pins.clearLayers();
        answer.clusters.forEach(cluster => {
          const size = cluster.count < 100 ? 30 : 40;
          const label = `${cluster.count} member jeweler${cluster.count === 1 ? '' : 's'}`;
          const { south, west, north, east } = cluster.cell;
          L.marker([cluster.latitude, cluster.longitude], {
            title: label,
            alt: label,
            icon: L.divIcon({ className: 'cluster', html: element('span', '', String(cluster.count)),
              iconSize: [size, size] }),
          }).on('click', () => map.fitBounds([[south, west], [north, east]]))
            .addTo(pins);
        });
        answer.firms.forEach(firm => {
          // The name goes in as a text node: a listing's name must never become markup on the partner's page.
          L.circleMarker([firm.latitude, firm.longitude], { className: 'pin', radius: 7, weight: 2, fillOpacity: 1 })
            .bindTooltip(element('span', '', firm.name))
            .addTo(pins);
        });
        // What the map shows, for tests and the page's own scripts: its zoom and how many firms its markers count.
        this.mapBox.dataset.zoom = answer.zoom;
        this.mapBox.dataset.total = answer.total;
      } catch (failure) {
        // A refused map view (a visitor panning past the key's rate limit) leaves the search's results in place.
        if (ticket === this.mapTicket) this.showFailure(failure, true);
      }
    }

    showFailure(failure, keepResults = false) {
      const message = failure instanceof Refusal
        ? REFUSALS[failure.status] || 'The search could not be run.'
        : 'The jeweler search cannot be reached right now. Please try again later.';
      const lines = [element('p', 'message', message)];
      if (failure instanceof Refusal && failure.detail) lines.push(element('p', 'detail', failure.detail));
      if (failure.retryAfter) lines.push(element('p', 'detail', `Try again in ${failure.retryAfter} seconds.`));
      this.error.replaceChildren(...lines);
      this.error.hidden = false;
      if (keepResults) return;
      this.status.textContent = '';
      this.results.replaceChildren();
      this.paging.hidden = true;
    }
  }

  if (!customElements.get('jeweler-search')) customElements.define('jeweler-search', JewelerSearch);
})();

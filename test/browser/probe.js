// In-page probe of the browser suite (plain browser JavaScript, injected as text): measures the rendered page and
// returns what a reader would see as broken at this viewport: navigation, first screen, text boxes, words, decorations,
// grids, photos. Geometry only; no timing. `wdmProbe(options)` → { problems: { <check>: string[] }, facts: {...} }.
(() => {
  const TOLERANCE = 1.5;

  /** A short, stable name for an element in a message: tag#id.class "text". */
  function nameOf(el) {
    if (!el || el.nodeType !== 1) return '?';
    let name = el.tagName.toLowerCase();
    if (el.id) name += `#${el.id}`;
    const cls = [...el.classList].slice(0, 2);
    if (cls.length > 0) name += `.${cls.join('.')}`;
    const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const section = el.closest('section[id], header, footer');
    const where = section && section !== el ? ` in ${section.id ? `#${section.id}` : section.tagName.toLowerCase()}` : '';
    return `${name}${text ? ` "${text}"` : ''}${where}`;
  }

  function isShown(el) {
    if (el.closest('[hidden]')) return false;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  }

  /** Inside a closed <details> (other than its summary), content is not rendered. */
  function inClosedDetails(node) {
    const el = node.nodeType === 1 ? node : node.parentElement;
    const details = el && el.closest('details:not([open])');
    return Boolean(details && !el.closest('summary'));
  }

  function rowsOf(elements) {
    const rows = [];
    for (const el of elements) {
      const r = el.getBoundingClientRect();
      const row = rows.find((x) => Math.abs(x.top - r.top) <= TOLERANCE * 2);
      if (row) row.items.push({ el, rect: r });
      else rows.push({ top: r.top, items: [{ el, rect: r }] });
    }
    rows.sort((a, b) => a.top - b.top);
    for (const row of rows) row.items.sort((a, b) => a.rect.left - b.rect.left);
    return rows;
  }

  /** The content box of an element (its border box minus borders and padding). */
  function contentBox(el) {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const px = (v) => parseFloat(v) || 0;
    return {
      left: r.left + px(s.borderLeftWidth) + px(s.paddingLeft),
      right: r.right - px(s.borderRightWidth) - px(s.paddingRight),
    };
  }

  /** The nearest ancestor that clips or scrolls sideways (a scroll row), or null. */
  function clipper(el) {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const ox = getComputedStyle(a).overflowX;
      if (ox !== 'visible') return a;
    }
    return null;
  }

  /** Every rendered, non-blank text node outside decorations, with its element. */
  function textNodes() {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!/\S/.test(n.data)) continue;
      const el = n.parentElement;
      if (!el || el.closest('[aria-hidden="true"], script, style, template, noscript, title')) continue;
      if (inClosedDetails(n) || !isShown(el)) continue;
      // The skip link waits off screen until it is focused.
      if (el.closest('.skip-link')) continue;
      out.push({ node: n, el });
    }
    return out;
  }

  function rectsOf(node, start, end) {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
  }

  function checkNavigation(problems, facts) {
    for (const nav of document.querySelectorAll('nav')) {
      if (!isShown(nav)) continue;
      const items = [...nav.querySelectorAll('li')].filter((li) => !inClosedDetails(li) && isShown(li));
      if (items.length === 0) continue;
      const rows = rowsOf(items);
      const inHeader = Boolean(nav.closest('header'));
      if (inHeader) {
        facts.navRows = rows.length;
        if (rows.length > 1) {
          problems.push(`navigation ${nameOf(nav)} wraps into ${rows.length} rows (${rows.map((r) => r.items.length).join(' + ')} items), expected one row that scrolls or a disclosure`);
          continue;
        }
        const list = items[0].parentElement;
        const box = list.getBoundingClientRect();
        if (list.scrollWidth > list.clientWidth + 1) {
          facts.navScrolls = true;
          const ox = getComputedStyle(list).overflowX;
          if (ox !== 'auto' && ox !== 'scroll') {
            problems.push(`navigation ${nameOf(nav)} is ${list.scrollWidth - list.clientWidth} px wider than its box and does not scroll (overflow-x: ${ox})`);
            continue;
          }
          const before = list.scrollLeft;
          list.scrollLeft = list.scrollWidth;
          const last = items[items.length - 1].getBoundingClientRect();
          if (last.right > box.right + TOLERANCE) problems.push(`navigation ${nameOf(nav)}: the last item stays cut off after scrolling to the end (${Math.round(last.right - box.right)} px)`);
          list.scrollLeft = before;
        }
        if (box.left < -TOLERANCE || box.right > innerWidth + TOLERANCE) problems.push(`navigation ${nameOf(nav)} runs outside the screen (${Math.round(box.left)}..${Math.round(box.right)} px of ${innerWidth})`);
      } else if (rows.length > 1) {
        // A wrapped link list reads as a paragraph of links; one left alone on the last line reads as a stray.
        const widest = Math.max(...rows.map((r) => r.items.length));
        const last = rows[rows.length - 1];
        if (widest > 1 && last.items.length === 1) problems.push(`navigation ${nameOf(nav)}: "${last.items[0].el.textContent.trim()}" alone on the last of ${rows.length} rows`);
      }
    }
  }

  function checkFirstScreen(problems, facts, options) {
    const h1 = document.querySelector('main h1');
    if (!h1) {
      problems.push('no h1 in main');
      return;
    }
    const r = h1.getBoundingClientRect();
    facts.h1Top = Math.round(r.top + scrollY);
    facts.h1Bottom = Math.round(r.bottom + scrollY);
    const header = document.querySelector('body > header, .site-header');
    if (header) facts.headerHeight = Math.round(header.getBoundingClientRect().height);
    const action = document.querySelector('.hero .actions a, .hero .button');
    if (action) facts.actionBottom = Math.round(action.getBoundingClientRect().bottom + scrollY);
    if (r.bottom + scrollY > innerHeight + TOLERANCE) problems.push(`the hero heading ends at ${Math.round(r.bottom)} px, below the first screen (${innerHeight} px)`);
    if (options.masthead) {
      const limit = innerHeight * options.masthead;
      if (r.top + scrollY > limit + TOLERANCE) problems.push(`the hero heading starts at ${Math.round(r.top)} px, expected header and hero start within ${Math.round(options.masthead * 100)}% of the first screen (${Math.round(limit)} px)`);
      if (!action) problems.push('the hero has no call to action');
      else if (action.getBoundingClientRect().bottom + scrollY > innerHeight + TOLERANCE) problems.push(`the hero's first action ends at ${Math.round(action.getBoundingClientRect().bottom)} px, below the first screen (${innerHeight} px)`);
    }
  }

  /** Text that leaves its box or the screen, and words broken in the middle. */
  function checkText(problems, texts) {
    const seen = new Set();
    const report = (key, message) => {
      if (seen.has(key)) return;
      seen.add(key);
      problems.push(message);
    };
    for (const { node, el } of texts) {
      const clip = clipper(el);
      const bounds = clip ? clip.getBoundingClientRect() : null;
      const block = el.closest('p, li, dd, dt, h1, h2, h3, h4, figcaption, blockquote, summary, td, th, label, a, button, div, span') || el;
      const box = contentBox(block);
      const rects = rectsOf(node, 0, node.data.length);
      for (const r of rects) {
        const right = bounds ? Math.min(bounds.right, innerWidth) : innerWidth;
        if (bounds && (r.right > bounds.right + TOLERANCE || r.left < bounds.left - TOLERANCE)) continue; // scrolled out of a scroll row
        if (r.right > right + TOLERANCE || r.left < -TOLERANCE) {
          report(`screen:${nameOf(el)}`, `text of ${nameOf(el)} runs outside the screen (${Math.round(r.left)}..${Math.round(r.right)} px of ${innerWidth})`);
        } else if (!clip && getComputedStyle(block).display !== 'inline' && (r.right > box.right + TOLERANCE || r.left < box.left - TOLERANCE)) {
          report(`box:${nameOf(el)}`, `text of ${nameOf(el)} overflows its box by ${Math.round(Math.max(r.right - box.right, box.left - r.left))} px`);
        }
      }
      // A word may break after a hyphen, a slash or a soft hyphen, or at a <wbr> (which ends the text node); never
      // inside.
      const word = /[^\s\-\u00ad\u2010\u2013\/]+/g;
      for (let m = word.exec(node.data); m; m = word.exec(node.data)) {
        if (m[0].length < 2) continue;
        const parts = rectsOf(node, m.index, m.index + m[0].length);
        const lines = [];
        for (const p of parts) if (!lines.some((t) => Math.abs(t - p.top) < p.height / 2)) lines.push(p.top);
        if (lines.length > 1) report(`word:${nameOf(el)}:${m[0]}`, `"${m[0]}" in ${nameOf(el)} is broken across ${lines.length} lines, expected breaks only between words or at <wbr>`);
      }
    }
  }

  /** Decorations: aria-hidden art and marks that hold no text of their own. */
  function decorations() {
    const out = [];
    for (const el of document.querySelectorAll('[aria-hidden="true"]')) {
      if (el.parentElement && el.parentElement.closest('[aria-hidden="true"]')) continue;
      if (/\S/.test(el.textContent || '') && el.tagName.toLowerCase() !== 'svg') continue;
      if (inClosedDetails(el) || !isShown(el)) continue;
      out.push(el);
    }
    return out;
  }

  function checkDecorations(problems, texts) {
    const boxes = [];
    for (const { node, el } of texts) for (const r of rectsOf(node, 0, node.data.length)) boxes.push({ el, r });
    for (const deco of decorations()) {
      const d = deco.getBoundingClientRect();
      for (const { el, r } of boxes) {
        if (deco.contains(el)) continue;
        const w = Math.min(d.right, r.right) - Math.max(d.left, r.left);
        const h = Math.min(d.bottom, r.bottom) - Math.max(d.top, r.top);
        if (w > 2 && h > 2) {
          problems.push(`decoration ${nameOf(deco)} overlaps the text of ${nameOf(el)} (${Math.round(w)} × ${Math.round(h)} px)`);
          break;
        }
      }
    }
  }

  /**
   * Item grids (lists, and elements named as grids) whose rows are not filled: a row of several items must span its
   * grid, or sit centred in it. Layout grids inside one item (a number beside its text) are not item grids.
   */
  function checkGrids(problems, facts) {
    facts.grids = 0;
    for (const grid of document.querySelectorAll('main ul, main ol, main [class*="grid"]')) {
      const style = getComputedStyle(grid);
      if (style.display !== 'grid' || !isShown(grid)) continue;
      const children = [...grid.children].filter((c) => isShown(c) && getComputedStyle(c).position !== 'absolute');
      if (children.length < 2) continue;
      const rows = rowsOf(children);
      if (!rows.some((r) => r.items.length > 1)) continue;
      facts.grids += 1;
      const box = contentBox(grid);
      rows.forEach((row, i) => {
        const left = row.items[0].rect.left - box.left;
        const right = box.right - row.items[row.items.length - 1].rect.right;
        if (Math.abs(left - right) > TOLERANCE * 2) {
          const which = i === rows.length - 1 ? 'last row' : `row ${i + 1}`;
          problems.push(`grid ${nameOf(grid)} (${children.length} items): its ${which} of ${row.items.length} leaves ${Math.round(Math.max(left, right))} px empty on the ${left > right ? 'left' : 'right'}, expected the row filled or centred`);
        }
      });
    }
  }

  /** Photos: declared size, alt text, eager in the header and hero, lazy below, decoded off the main thread. */
  function checkImages(problems, facts) {
    const images = [...document.images];
    facts.images = images.length;
    for (const img of images) {
      const label = nameOf(img.closest('figure') || img);
      if (!img.hasAttribute('width') || !img.hasAttribute('height')) problems.push(`image ${img.getAttribute('src')} in ${label} has no width and height`);
      if (!img.hasAttribute('alt')) problems.push(`image ${img.getAttribute('src')} in ${label} has no alt attribute`);
      if (img.getAttribute('decoding') !== 'async') problems.push(`image ${img.getAttribute('src')} in ${label} is not decoding="async"`);
      // The page cannot know the screen: a photo of the header or hero is always in the first screen and must load
      // at once; every later one is lazy (on a wide screen a listing may show too, and still loads when it is near).
      const lazy = img.getAttribute('loading') === 'lazy';
      const lead = Boolean(img.closest('header, #hero, .hero'));
      if (lead && lazy) problems.push(`image ${img.getAttribute('src')} in ${label} is in the header or hero but loading="lazy"`);
      if (!lead && !lazy) problems.push(`image ${img.getAttribute('src')} in ${label} is below the hero but not loading="lazy"`);
    }
  }

  /**
   * Runs the checks named in options.checks (all by default) and returns their problems by check, and measurements.
   * options.masthead: the share of the screen height within which the hero heading must start (first-screen check).
   */
  globalThis.wdmProbe = (options) => {
    const want = (name) => !options.checks || options.checks.includes(name);
    const problems = { overflow: [], navigation: [], firstScreen: [], text: [], decorations: [], grids: [], images: [] };
    const facts = {};
    window.scrollTo(0, 0);
    const doc = document.documentElement;
    facts.scrollWidth = doc.scrollWidth;
    if (want('overflow') && doc.scrollWidth > innerWidth) problems.overflow.push(`the page is ${doc.scrollWidth} px wide, wider than the ${innerWidth} px screen`);
    const texts = want('text') || want('decorations') ? textNodes() : [];
    if (want('navigation')) checkNavigation(problems.navigation, facts);
    if (want('firstScreen')) checkFirstScreen(problems.firstScreen, facts, options);
    if (want('text')) checkText(problems.text, texts);
    if (want('decorations')) checkDecorations(problems.decorations, texts);
    if (want('grids')) checkGrids(problems.grids, facts);
    if (want('images')) checkImages(problems.images, facts);
    return { problems, facts };
  };

})();

// The results gallery: past editions' published results, read from the public API of this same origin. Every text
// from the API goes in through textContent, and only the API's own paths become image or link addresses.
'use strict';

const PROGRAMS = ['case-awards', '20-under-40'];

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function apiPath(path) {
  return typeof path === 'string' && path.startsWith('/api/v1/') ? path : null;
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(path + ' answered ' + response.status);
  return response.json();
}

function place(item) {
  return [item.city, item.state].filter(Boolean).join(', ');
}

function picture(full, thumbnail, alt) {
  const img = element('img');
  img.src = thumbnail;
  img.alt = alt;
  img.loading = 'eager';
  if (!full) return img;
  const link = element('a');
  link.href = full;
  link.append(img);
  return link;
}

function pieceCard(piece, badge) {
  const card = element('li', 'card piece');
  const image = (piece.images || []).find(i => apiPath(i.thumbnail) && apiPath(i.file));
  if (image) {
    card.append(picture(image.file, image.thumbnail, piece.pieceTitle + ' by ' + piece.designerName));
  }
  const text = element('div', 'text');
  text.append(element('span', 'badge ' + badge.toLowerCase(), badge),
    element('p', 'title', piece.pieceTitle),
    element('p', 'line designer', piece.designerName),
    element('p', 'line firm', piece.firmName),
    element('p', 'line place', place(piece)));
  card.append(text);
  return card;
}

function honoreeCard(honoree) {
  const card = element('li', 'card person');
  const photo = apiPath(honoree.photo);
  if (photo) card.append(picture(photo, photo + '/thumbnail', 'Portrait of ' + honoree.name));
  const text = element('div', 'text');
  text.append(element('p', 'title name', honoree.name),
    element('p', 'line job', honoree.jobTitle),
    element('p', 'line firm', honoree.employer),
    element('p', 'line place', place(honoree)));
  if (honoree.citation) text.append(element('p', 'citation', honoree.citation));
  card.append(text);
  return card;
}

function caseSection(results) {
  const section = element('section', 'edition case-awards');
  const groups = element('div', 'groups');
  section.append(element('h2', null, results.title), groups);
  for (const category of results.categories || []) {
    const finalists = category.finalists || [];
    if (!category.winner && finalists.length === 0) continue;
    const cards = element('ul', 'cards');
    if (category.winner) cards.append(pieceCard(category.winner, 'Winner'));
    finalists.forEach(piece => cards.append(pieceCard(piece, 'Finalist')));
    const group = element('div', 'group');
    group.append(element('h3', null, category.name), cards);
    groups.append(group);
  }
  return section;
}

function honoreeSection(results) {
  const section = element('section', 'edition twenty-under-forty');
  section.append(element('h2', null, results.title));
  for (const list of results.lists || []) {
    const cards = element('ul', 'cards');
    (list.honorees || []).forEach(honoree => cards.append(honoreeCard(honoree)));
    section.append(element('h3', null, list.name), cards);
    if (!list.honorees || list.honorees.length === 0) section.append(element('p', 'empty', 'No honorees yet.'));
  }
  return section;
}

async function closedEditions(program) {
  const page = await getJson('/api/v1/editions?status=closed&size=100&program=' + encodeURIComponent(program));
  return page ? page.items : [];
}

async function show() {
  const status = document.getElementById('status');
  const main = document.getElementById('editions');
  try {
    const editions = (await Promise.all(PROGRAMS.map(closedEditions))).flat()
      .sort((a, b) => b.year - a.year || PROGRAMS.indexOf(a.program) - PROGRAMS.indexOf(b.program));
    // An edition closed but not yet published answers 404: nothing to show for it.
    const published = (await Promise.all(editions.map(e => getJson('/api/v1/editions/' + encodeURIComponent(e.id)
      + '/results')))).filter(Boolean);
    published.forEach(results => main.append(results.program === 'case-awards'
      ? caseSection(results) : honoreeSection(results)));
    status.textContent = published.length === 0 ? 'No published results yet.'
      : published.length + (published.length === 1 ? ' edition' : ' editions') + ' with published results.';
  } catch (error) {
    status.textContent = 'The results could not be loaded: ' + error.message;
  }
}

show();

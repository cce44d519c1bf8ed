(function () {
  'use strict';
  var WORDS = {
    nl: {
      members: function (n) { return n + (n === 1 ? ' deelnemer' : ' deelnemers'); },
      streets: 'Straten', noStreets: 'Geen adressen in dit gebied.', join: 'Aanmelden',
      joinAdmin: 'Meld u aan bij de beheerder:', joinMunicipality: 'Meld u aan via de gemeente:',
      noContact: 'Neem contact op met de gemeente.', email: 'e-mail', phone: 'telefoon',
      foundOne: ' valt in deze groep:', foundMany: ' valt in deze groepen:',
      none: ' heeft nog geen groep. Begin er een!', noneContact: 'Neem contact op met de gemeente:',
      unknown: function (q) { return 'Het adres \u201c' + q + '\u201d kennen we niet. Controleer de postcode en het huisnummer.'; },
      unparsable: 'Typ een postcode en huisnummer (1234 AB 12) of een straat en huisnummer (Dorpsstraat 12).',
      show: function (name) { return 'Toon ' + name + ' op de kaart'; },
      groupLabel: function (g) { return 'Groep ' + g.name + ', ' + WORDS.nl.members(g.members); }
    },
    en: {
      members: function (n) { return n + (n === 1 ? ' member' : ' members'); },
      streets: 'Streets', noStreets: 'No addresses in this area.', join: 'How to join',
      joinAdmin: 'Contact the admin:', joinMunicipality: 'Join through the municipality:',
      noContact: 'Contact the municipality.', email: 'e-mail', phone: 'phone',
      foundOne: ' is in this group:', foundMany: ' is in these groups:',
      none: ' has no group yet. Start one!', noneContact: 'Contact the municipality:',
      unknown: function (q) { return 'We do not know the address \u201c' + q + '\u201d. Check the postcode and house number.'; },
      unparsable: 'Type a postcode and house number (1234 AB 12) or a street and number (Dorpsstraat 12).',
      show: function (name) { return 'Show ' + name + ' on the map'; },
      groupLabel: function (g) { return 'Group ' + g.name + ', ' + WORDS.en.members(g.members); }
    }
  };
  var data = JSON.parse(document.getElementById('dekking-data').textContent);
  var t = WORDS[data.lang] || WORDS.nl;
  var groups = data.groups;
  var ordinalOf = {};
  groups.forEach(function (g, o) { ordinalOf[g.id] = o; });

  var svg = document.querySelector('#kaart svg');
  var fullView = svg.getAttribute('viewBox').split(' ').map(Number);
  var shapes = {};
  Array.prototype.forEach.call(svg.querySelectorAll('[data-group-id]'), function (p) {
    var o = ordinalOf[p.getAttribute('data-group-id')];
    if (o === undefined) { return; }
    p.setAttribute('tabindex', '0');
    p.setAttribute('role', 'button');
    p.setAttribute('aria-label', t.groupLabel(groups[o]));
    p.addEventListener('click', function () { openGroup(o, true); });
    p.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); openGroup(o, true); }
    });
    (shapes[o] = shapes[o] || []).push(p);
  });

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    return e;
  }

  function zoomTo(ordinals) {
    var box = null;
    ordinals.forEach(function (o) {
      (shapes[o] || []).forEach(function (p) {
        var b = p.getBBox();
        box = box === null ? {x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height}
          : {x0: Math.min(box.x0, b.x), y0: Math.min(box.y0, b.y), x1: Math.max(box.x1, b.x + b.width), y1: Math.max(box.y1, b.y + b.height)};
      });
    });
    if (box === null) { resetView(); return; }
    var w = Math.max(box.x1 - box.x0, fullView[2] * 0.15);
    var h = Math.max(box.y1 - box.y0, fullView[3] * 0.15);
    var cx = (box.x0 + box.x1) / 2;
    var cy = (box.y0 + box.y1) / 2;
    w *= 1.3;
    h *= 1.3;
    // keep the map's own shape, so the page does not jump when the map zooms
    var aspect = fullView[2] / fullView[3];
    if (w / h < aspect) { w = h * aspect; } else { h = w / aspect; }
    svg.setAttribute('viewBox', [cx - w / 2, cy - h / 2, w, h].map(function (v) { return v.toFixed(1); }).join(' '));
  }

  function resetView() {
    svg.setAttribute('viewBox', fullView.join(' '));
  }

  function select(ordinals) {
    Array.prototype.forEach.call(svg.querySelectorAll('.selected'), function (p) { p.classList.remove('selected'); });
    ordinals.forEach(function (o) { (shapes[o] || []).forEach(function (p) { p.classList.add('selected'); }); });
  }

  function joinBlock(g) {
    var div = el('div', null, {'class': 'join'});
    if (g.contacts.length > 0) {
      div.appendChild(el('p', t.joinAdmin));
      var ul = el('ul');
      g.contacts.forEach(function (c) {
        var li = el('li', c.name);
        if (c.email) {
          li.appendChild(document.createTextNode(', ' + t.email + ' '));
          li.appendChild(el('a', c.email, {href: 'mailto:' + c.email}));
        }
        if (c.phone) {
          li.appendChild(document.createTextNode(', ' + t.phone + ' '));
          li.appendChild(el('a', c.phone, {href: 'tel:' + c.phone.replace(/[^0-9+]/g, '')}));
        }
        ul.appendChild(li);
      });
      div.appendChild(ul);
    } else if (g.join || data.contact) {
      div.appendChild(el('p', t.joinMunicipality + ' ' + (g.join || data.contact)));
    } else {
      div.appendChild(el('p', t.noContact));
    }
    return div;
  }

  function swatch(g) {
    return el('span', null, {'class': 'swatch', style: 'background:' + g.colour, 'aria-hidden': 'true'});
  }

  var panel = document.getElementById('paneel');
  var panelHeading = document.getElementById('paneel-kop');
  var panelBody = document.getElementById('paneel-inhoud');

  function openGroup(o, focus, keepHash) {
    var g = groups[o];
    panelHeading.textContent = '';
    panelHeading.appendChild(swatch(g));
    panelHeading.appendChild(document.createTextNode(g.name));
    panel.setAttribute('data-group', g.id);
    panelBody.textContent = '';
    panelBody.appendChild(el('p', t.members(g.members)));
    panelBody.appendChild(el('h3', t.streets));
    if (g.streets.length === 0) {
      panelBody.appendChild(el('p', t.noStreets));
    } else {
      var ul = el('ul', null, {'class': 'streets'});
      g.streets.forEach(function (s) { ul.appendChild(el('li', s)); });
      panelBody.appendChild(ul);
    }
    panelBody.appendChild(el('h3', t.join));
    panelBody.appendChild(joinBlock(g));
    select([o]);
    zoomTo([o]);
    if (!keepHash) { setHash('groep=' + encodeURIComponent(g.id)); }
    if (focus) { panel.focus(); }
  }

  function setHash(h) {
    try { history.replaceState(null, '', '#' + h); } catch (e) { /* a sandboxed iframe may refuse */ }
  }

  // ---- search -------------------------------------------------------------------------------------------------
  function houseRest(rest) {
    var letter = '';
    var m = /^\s*([a-zA-Z])(?![a-zA-Z0-9])(.*)$/.exec(rest);
    if (m) { letter = m[1].toUpperCase(); rest = m[2]; }
    rest = rest.replace(/^[\s,\-\/]+/, '').trim();
    if (rest !== '' && !/^[a-zA-Z0-9]{1,4}$/.test(rest)) { return null; }
    return {letter: letter, suffix: rest.toUpperCase()};
  }

  function parsePostcode(q) {
    var m = /^\s*([1-9][0-9]{3})\s*([a-zA-Z]{2})(?![a-zA-Z])[\s,\-\/]*([0-9]{1,5})(.*)$/.exec(q);
    if (!m || Number(m[3]) === 0) { return null; }
    var h = houseRest(m[4]);
    if (!h) { return null; }
    return {pc: (m[1] + m[2]).toUpperCase(), nr: Number(m[3]), letter: h.letter, suffix: h.suffix};
  }

  function parseStreet(q) {
    var place = '';
    var c = q.lastIndexOf(',');
    if (c > 0) { place = q.slice(c + 1).trim().toLowerCase(); q = q.slice(0, c); }
    var m = /^\s*(.*[^\d\s])\s+([0-9]{1,5})(.*)$/.exec(q);
    if (!m) { return null; }
    var h = houseRest(m[3]);
    if (!h) { return null; }
    return {street: m[1].trim().toLowerCase(), place: place, nr: Number(m[2]), letter: h.letter, suffix: h.suffix};
  }

  function houseKeys(a) {
    var keys = [a.nr + a.letter + (a.suffix ? '-' + a.suffix : '')];
    if (a.letter && !a.suffix) { keys.push(a.nr + '-' + a.letter); }
    if (!a.letter && /^[A-Z]$/.test(a.suffix)) { keys.push(a.nr + a.suffix); }
    return keys;
  }

  function entry(pc, list, i) {
    var s = data.streets[list[i + 1]];
    return {pc: pc, house: list[i], street: s[0], place: s[1], set: data.sets[list[i + 2]]};
  }

  function findInPostcode(pc, keys) {
    var list = data.pc[pc];
    if (!list) { return null; }
    for (var k = 0; k < keys.length; k++) {
      for (var i = 0; i < list.length; i += 3) {
        if (list[i] === keys[k]) { return entry(pc, list, i); }
      }
    }
    return null;
  }

  var streetIndex = null;
  function streets() {
    if (streetIndex === null) {
      streetIndex = {};
      Object.keys(data.pc).forEach(function (pc) {
        var list = data.pc[pc];
        for (var i = 0; i < list.length; i += 3) {
          var s = data.streets[list[i + 1]];
          var name = s[0].toLowerCase();
          (streetIndex[name] = streetIndex[name] || []).push([pc, i]);
        }
      });
    }
    return streetIndex;
  }

  function findOnStreet(a) {
    var found = streets()[a.street] || [];
    var keys = houseKeys(a);
    var best = null;
    for (var k = 0; k < keys.length && best === null; k++) {
      for (var j = 0; j < found.length; j++) {
        var list = data.pc[found[j][0]];
        var e = entry(found[j][0], list, found[j][1]);
        if (list[found[j][1]] === keys[k] && (a.place === '' || e.place.toLowerCase() === a.place)
            && (best === null || e.place < best.place)) {
          best = e;
        }
      }
    }
    return best;
  }

  var result = document.getElementById('resultaat');
  var input = document.getElementById('zoek');

  function describe(e) {
    return e.street + ' ' + e.house.toLowerCase() + ', ' + e.place + ' (' + e.pc.slice(0, 4) + ' ' + e.pc.slice(4) + ')';
  }

  function search(q) {
    q = q.trim();
    var a = parsePostcode(q);
    var hit = null;
    var parsed = a !== null;
    if (a) {
      hit = findInPostcode(a.pc, houseKeys(a));
    } else {
      var s = parseStreet(q);
      parsed = s !== null;
      if (s) { hit = findOnStreet(s); }
    }
    result.textContent = '';
    if (hit === null) {
      result.setAttribute('data-status', 'unknown');
      result.setAttribute('data-groups', '');
      result.appendChild(el('p', parsed ? t.unknown(q) : t.unparsable));
      select([]);
      return;
    }
    setHash('adres=' + encodeURIComponent(hit.pc + hit.house));
    if (hit.set.length === 0) {
      result.setAttribute('data-status', 'none');
      result.setAttribute('data-groups', '');
      result.appendChild(el('p', describe(hit) + t.none));
      result.appendChild(el('p', data.contact ? t.noneContact + ' ' + data.contact : t.noContact));
      select([]);
      return;
    }
    result.setAttribute('data-status', 'found');
    result.setAttribute('data-groups', hit.set.map(function (o) { return groups[o].id; }).join(' '));
    result.appendChild(el('p', describe(hit) + (hit.set.length === 1 ? t.foundOne : t.foundMany)));
    hit.set.forEach(function (o) {
      var g = groups[o];
      var card = el('div', null, {'class': 'card'});
      var h = el('h3');
      h.appendChild(swatch(g));
      h.appendChild(document.createTextNode(g.name));
      card.appendChild(h);
      card.appendChild(el('p', t.members(g.members)));
      card.appendChild(joinBlock(g));
      var b = el('button', t.show(g.name), {type: 'button', 'class': 'secondary', 'data-groep': g.id});
      b.addEventListener('click', function () { openGroup(o, true); });
      card.appendChild(b);
      result.appendChild(card);
    });
    select(hit.set);
    zoomTo(hit.set);
  }

  document.getElementById('zoekformulier').addEventListener('submit', function (e) {
    e.preventDefault();
    search(input.value);
  });

  // ---- suggestions for street + number --------------------------------------------------------------------------
  var suggestions = document.getElementById('suggesties');
  input.addEventListener('input', function () {
    var q = input.value.trim().toLowerCase();
    var options = [];
    if (q.length >= 2 && !/^[0-9]/.test(q)) {
      var m = /^(.*[^\d\s])\s+([0-9].*)$/.exec(q);
      var index = streets();
      if (m) {
        var house = m[2].replace(/\s+/g, '').toUpperCase();
        (index[m[1].trim()] || []).some(function (ref) {
          var list = data.pc[ref[0]];
          if (list[ref[1]].indexOf(house) === 0) {
            var e = entry(ref[0], list, ref[1]);
            options.push(e.street + ' ' + e.house.toLowerCase() + ', ' + e.place);
          }
          return options.length >= 10;
        });
      } else {
        Object.keys(index).some(function (name) {
          if (name.indexOf(q) === 0) {
            var ref = index[name][0];
            options.push(data.streets[data.pc[ref[0]][ref[1] + 1]][0] + ' ');
          }
          return options.length >= 10;
        });
      }
    }
    suggestions.textContent = '';
    options.forEach(function (v) { suggestions.appendChild(el('option', null, {value: v})); });
  });

  // ---- the list of groups, the whole-map button and deep links ---------------------------------------------------
  var listItems = groups.map(function (g, o) { return {g: g, o: o}; });
  listItems.sort(function (a, b) { return a.g.name.localeCompare(b.g.name); });
  var list = document.getElementById('groepenlijst');
  listItems.forEach(function (item) {
    var li = el('li');
    var b = el('button', null, {type: 'button', 'data-groep': item.g.id});
    b.appendChild(swatch(item.g));
    b.appendChild(document.createTextNode(item.g.name));
    b.addEventListener('click', function () { openGroup(item.o, true); });
    li.appendChild(b);
    list.appendChild(li);
  });
  document.getElementById('hele-kaart').addEventListener('click', function () { resetView(); });

  function followHash() {
    var h = location.hash.replace(/^#/, '');
    var eq = h.indexOf('=');
    if (eq < 0) { return; }
    var key = h.slice(0, eq);
    var value;
    try { value = decodeURIComponent(h.slice(eq + 1)); } catch (e) { return; }
    if (key === 'adres') {
      input.value = value;
      search(value);
    } else if (key === 'groep' && ordinalOf[value] !== undefined) {
      openGroup(ordinalOf[value], false, true);
    }
  }
  window.addEventListener('hashchange', followHash);
  followHash();
}());

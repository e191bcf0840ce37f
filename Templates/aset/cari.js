/* Pencarian situs PPID. Indeks disusun saat situs dibangun (cari/indeks.js menetapkan
   window.PPID_INDEKS), jadi pencarian juga berjalan dari berkas lokal (file://). Tanpa pustaka luar. */
(function () {
  'use strict';
  var form = document.getElementById('cari-form');
  var input = document.getElementById('q');
  var list = document.getElementById('cari-hasil');
  var status = document.getElementById('cari-status');
  var data = window.PPID_INDEKS;
  if (!form || !input || !list || !status || !data || !data.d) return;

  // Alamat hasil: indeks menyimpan jalur situs ("opd/dinkes/"); data-indeks menunjuk berkas
  // indeks dari halaman ini, jadi bagian sebelum "cari/indeks.json" adalah dasar situs. Bila
  // tautan relatif (dibuka dari disk), folder harus ditulis dengan "index.html".
  var indeks = form.getAttribute('data-indeks') || '';
  var dasar = indeks.replace(/cari\/indeks\.json$/, '');
  var relatif = !/^(\/|[a-z][a-z0-9+.-]*:)/i.test(indeks);
  var BATAS = 100;

  function normal(teks) {
    var s = String(teks || '').toLowerCase();
    if (s.normalize) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return s.replace(/[^a-z0-9]+/g, ' ').trim();
  }

  function alamat(jalur) {
    return dasar + jalur + (relatif && (jalur === '' || /\/$/.test(jalur)) ? 'index.html' : '');
  }

  var entri = data.d.map(function (e, nomor) {
    var opd = typeof e.o === 'number' ? (data.opd[e.o] || '') : '';
    var judul = ' ' + normal(e.j) + ' ';
    return { e: e, nomor: nomor, opd: opd, judul: judul, teks: judul + normal([e.r, opd, e.g].join(' ')) + ' ' };
  });

  function nilai(item, kata) {
    var skor = 0;
    for (var i = 0; i < kata.length; i++) {
      var k = kata[i];
      if (item.judul.indexOf(' ' + k) >= 0) skor += 4;
      else if (item.judul.indexOf(k) >= 0) skor += 3;
      else if (item.teks.indexOf(' ' + k) >= 0) skor += 2;
      else if (item.teks.indexOf(k) >= 0) skor += 1;
      else return 0;
    }
    return skor;
  }

  function tampilkan(q) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var kata = normal(q).split(' ').filter(Boolean);
    if (!kata.length) { status.textContent = ''; return; }
    var hasil = [];
    entri.forEach(function (item) {
      var skor = nilai(item, kata);
      if (skor) hasil.push({ item: item, skor: skor });
    });
    hasil.sort(function (a, b) { return b.skor - a.skor || a.item.nomor - b.item.nomor; });
    status.textContent = hasil.length
      ? 'Ditemukan ' + hasil.length + ' hasil untuk “' + q.trim() + '”' + (hasil.length > BATAS ? '; ditampilkan ' + BATAS + ' teratas.' : '.')
      : 'Tidak ada hasil untuk “' + q.trim() + '”. Coba kata lain, atau telusuri daftar di bawah.';
    hasil.slice(0, BATAS).forEach(function (h) {
      var e = h.item.e;
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = alamat(e.u);
      a.textContent = e.j;
      li.appendChild(a);
      var label = document.createElement('span');
      label.className = 'label';
      label.textContent = ' ' + (data.t[e.t] || '') + (h.item.opd ? ' · ' + h.item.opd : '');
      li.appendChild(label);
      if (e.r) {
        var p = document.createElement('p');
        p.textContent = e.r;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  function perbaruiAlamat(q) {
    try {
      var url = new URL(window.location.href);
      if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
      window.history.replaceState(null, '', url.toString());
    } catch (galat) { /* mis. file:// pada peramban lama: cukup tanpa memperbarui alamat */ }
  }

  var tunda = null;
  input.addEventListener('input', function () {
    if (tunda) window.clearTimeout(tunda);
    tunda = window.setTimeout(function () { tampilkan(input.value); perbaruiAlamat(input.value.trim()); }, 120);
  });
  form.addEventListener('submit', function (peristiwa) {
    peristiwa.preventDefault();
    tampilkan(input.value);
    perbaruiAlamat(input.value.trim());
  });

  var awal = '';
  try { awal = new URLSearchParams(window.location.search).get('q') || ''; } catch (galat) { awal = ''; }
  if (awal) { input.value = awal; tampilkan(awal); }
})();

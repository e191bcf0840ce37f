/* Menyaring baris tabel pada halaman ini tanpa memuat ulang. Tanpa JavaScript kotak saring
   tetap tersembunyi dan tabel tampil utuh. */
(function () {
  'use strict';
  function normal(teks) {
    var s = String(teks || '').toLowerCase();
    if (s.normalize) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return s.replace(/[^a-z0-9]+/g, ' ').trim();
  }
  var kotak = document.querySelectorAll('[data-saring]');
  Array.prototype.forEach.call(kotak, function (wadah) {
    var tabel = document.getElementById(wadah.getAttribute('data-saring'));
    var input = wadah.querySelector('input');
    var status = wadah.querySelector('[role="status"]');
    if (!tabel || !input) return;
    // Setiap <tbody> satu kelompok: baris pertama judul kelompok (OPD), sisanya baris data.
    var kelompok = Array.prototype.map.call(tabel.tBodies, function (tbody) {
      var baris = Array.prototype.slice.call(tbody.rows);
      var judul = baris.length && baris[0].className === 'grup' ? baris.shift() : null;
      var nama = judul ? normal(judul.textContent) : '';
      return {
        tbody: tbody,
        baris: baris.map(function (tr) { return { tr: tr, teks: ' ' + nama + ' ' + normal(tr.textContent) + ' ' }; })
      };
    });
    var total = kelompok.reduce(function (n, k) { return n + k.baris.length; }, 0);
    wadah.hidden = false;
    input.addEventListener('input', function () {
      var kata = normal(input.value).split(' ').filter(Boolean);
      var tampil = 0;
      kelompok.forEach(function (k) {
        var ada = 0;
        k.baris.forEach(function (b) {
          var cocok = kata.every(function (w) { return b.teks.indexOf(w) >= 0; });
          b.tr.hidden = !cocok;
          if (cocok) ada++;
        });
        k.tbody.hidden = ada === 0;
        tampil += ada;
      });
      if (status) status.textContent = kata.length ? 'Menampilkan ' + tampil + ' dari ' + total + ' baris.' : '';
    });
  });
})();

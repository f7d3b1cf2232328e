/* hoso — small page helpers; no business logic here. */
window.hoso = {
  /** On a phone the answer appears below the fold: bring it into view, without stealing focus from the input. */
  /** Zooms a scan in and out, by mouse or keyboard. */
  toggleZoom: function (img) {
    var zoomed = img.classList.toggle('is-zoomed');
    // a scan with marked words zooms with its marks
    var canvas = img.closest('.zoomable');
    if (canvas) {
      canvas.classList.toggle('is-zoomed', zoomed);
    }
    img.setAttribute('aria-pressed', zoomed ? 'true' : 'false');
  },

  showAnswer: function () {
    var card = document.getElementById('answerCard');
    if (card && window.matchMedia('(max-width: 759px)').matches) {
      card.scrollIntoView({behavior: 'smooth', block: 'start'});
    }
  }
};

/*
 * PrimeFaces marks each message <li> role="alert", which makes the list's items stop being list
 * items for assistive technology (axe: "list"). The container is already a polite live region,
 * so the role is dropped from the items, after a full load and after every ajax update.
 */
(function () {
  function fixMessages() {
    document.querySelectorAll('.ui-messages li[role="alert"], .ui-message li[role="alert"]').forEach(function (li) {
      li.removeAttribute('role');
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    fixMessages();
    // jQuery (PrimeFaces') is loaded after this file; by now it is there
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', fixMessages);
    }
  });
})();

/*
 * PrimeFaces 15's Vietnamese locale writes the page-number placeholder of its paginator's labels as
 * "{trang}", which is never filled in: screen readers hear "Trang {trang}" on every page link. The
 * label is set right once the locale is loaded, before the first paginator is drawn.
 */
(function () {
  function fixPageLabel() {
    var vi = window.PrimeFaces && window.PrimeFaces.locales && window.PrimeFaces.locales.vi;
    if (vi && vi.aria && vi.aria.pageLabel === 'Trang {trang}') {
      vi.aria.pageLabel = 'Trang {page}';
    }
  }
  // page links already drawn with the unfilled label get their number
  function fixDrawnLabels() {
    fixPageLabel();
    document.querySelectorAll('.ui-paginator-page[aria-label*="{trang}"]').forEach(function (a) {
      a.setAttribute('aria-label', 'Trang ' + a.textContent.trim());
    });
  }
  fixPageLabel();
  document.addEventListener('DOMContentLoaded', function () {
    fixDrawnLabels();
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', fixDrawnLabels);
    }
  });
})();

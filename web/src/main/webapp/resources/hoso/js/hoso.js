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

-- Near-duplicate search on the words of a page, beside the perceptual-hash bands of V4: a rescan of one sheet
-- (another scanner, a slight rotation) can move the hash past what those bands find, but keeps most of its text.
-- Each page with enough text has up to 24 keys (TextBands): 16 bands of a MinHash signature of its two-word
-- shingles, and 8 of a signature of its numbers. Pages sharing a word key are candidates, ranked by the keys they
-- share and judged afterwards on their words and hashes. The primary key is the lookup index (key, then page), so a
-- lookup reads only index entries of the page's own keys, and at most a thousand of each (NearDuplicates).
-- Pages stored before this migration have no keys: they are found through the hash bands only.
create table page_text_band (
    band_key bigint not null,
    page_id  bigint not null references page (id),
    constraint pk_page_text_band primary key (band_key, page_id)
);

-- Near-duplicate search on perceptual hashes: the 64-bit hash cut into four 16-bit bands. Two hashes at most 3
-- bits apart agree on at least one whole band (pigeonhole), so an index lookup on the bands finds every near
-- candidate, and the exact distance is checked after.
alter table page add column phash_b0 integer;
alter table page add column phash_b1 integer;
alter table page add column phash_b2 integer;
alter table page add column phash_b3 integer;
create index ix_page_phash_b0 on page (phash_b0);
create index ix_page_phash_b1 on page (phash_b1);
create index ix_page_phash_b2 on page (phash_b2);
create index ix_page_phash_b3 on page (phash_b3);

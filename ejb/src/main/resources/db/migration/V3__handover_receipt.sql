-- The handover receipt (biên bản giao nhận), a PDF/A kept in the blob store once the ingest completes.
alter table handover add column receipt_sha256 varchar(64);

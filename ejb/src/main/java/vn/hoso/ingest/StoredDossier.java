package vn.hoso.ingest;

import java.util.List;

/**
 * A dossier whose pages were read: for each document, its pages' results; or the reason it could
 * not be read (then nothing of it is stored and the handover's report says why).
 */
record StoredDossier(
    IngestPlan.DossierPlan plan, List<List<PageWork.Result>> pages, String failure) {}

package vn.thidua.nomination.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.nomination.DocumentType;
import vn.thidua.nomination.DossierDocument;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NominationStatus;
import vn.thidua.nomination.config.NominationConfig;
import vn.thidua.nomination.mapping.NominationMapper;
import vn.thidua.nomination.rest.dto.DocumentView;
import vn.thidua.support.problem.ResourceNotFound;
import vn.thidua.support.problem.RuleViolation;
import vn.thidua.support.security.Caller;

/** Dossier documents, stored in the service's database with their SHA-256, under a size limit. */
@ApplicationScoped
@Transactional
public class DossierService {

    private static final Logger LOG = Logger.getLogger(DossierService.class);

    /** A stored document to download. */
    public record Download(String fileName, String mediaType, String sha256, byte[] content) {
    }

    private final Nominations nominations;
    private final NominationConfig config;

    public DossierService(Nominations nominations, NominationConfig config) {
        this.nominations = nominations;
        this.config = config;
    }

    public long maxBytes() {
        return config.documents().maxBytes();
    }

    public DocumentView upload(String nominationId, DocumentType type, String fileName, String mediaType,
            byte[] content, Caller caller) {
        Nomination n = nominations.get(nominationId);
        if (n.status != NominationStatus.PROPOSED && n.status != NominationStatus.CONTESTED
                && n.status != NominationStatus.ACCLAIMED && n.status != NominationStatus.RETURNED_FOR_SUPPLEMENT) {
            throw RuleViolation.conflict("DOSSIER_LOCKED", "the dossier of a nomination " + n.status
                    + " cannot change (it can while proposed, acclaimed or returned for supplement)");
        }
        if (content.length == 0) {
            throw RuleViolation.unprocessable("EMPTY_DOCUMENT", "the file is empty");
        }
        DossierDocument d = new DossierDocument();
        d.id = UUID.randomUUID();
        d.nominationId = n.id;
        d.type = type;
        d.fileName = fileName;
        d.mediaType = mediaType;
        d.size = content.length;
        d.sha256 = sha256(content);
        d.content = content;
        d.uploadedAt = nominations.now();
        d.uploadedBy = Nominations.actor(caller);
        d.persist();
        LOG.infof("nomination %s: %s uploaded (%d bytes, sha256 %s)", n.id, type, d.size, d.sha256);
        return NominationMapper.toView(d);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentView> list(String nominationId) {
        Nomination n = nominations.get(nominationId);
        return DossierDocument.of(n.id).stream().map(NominationMapper::toView).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(String nominationId, String documentId) {
        Nomination n = nominations.get(nominationId);
        DossierDocument d;
        try {
            d = DossierDocument.findById(UUID.fromString(documentId));
        } catch (IllegalArgumentException e) {
            d = null;
        }
        if (d == null || !d.nominationId.equals(n.id)) {
            throw new ResourceNotFound("document", documentId);
        }
        return new Download(d.fileName, d.mediaType, d.sha256, d.content);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

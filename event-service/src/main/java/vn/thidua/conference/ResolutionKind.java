package vn.thidua.conference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a conference resolved: elect next year's chair and vice-chair, hand over the rotating flag (cờ luân lưu),
 * hand support funds (e.g. houses for policy households), present the chair province's certificates.
 */
@Schema(name = "ResolutionKind")
public enum ResolutionKind {
    ELECT_LEADERSHIP, HAND_OVER_FLAG, SUPPORT_FUNDS, AWARDS_PRESENTED
}

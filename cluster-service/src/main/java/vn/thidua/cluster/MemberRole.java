package vn.thidua.cluster;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The role of a member unit in a cluster-year: chair (Cụm trưởng), vice-chair (Cụm phó) or plain member. */
@Schema(name = "ClusterMemberRole")
public enum MemberRole {
    CHAIR, VICE_CHAIR, MEMBER
}

package vn.thidua.conference.rest;

import vn.thidua.conference.rest.dto.PledgeSignatureView;
import vn.thidua.conference.rest.dto.PledgeView;
import vn.thidua.conference.service.PledgeService.PledgeStanding;

final class PledgeMapper {

    private PledgeMapper() {
    }

    static PledgeView toView(PledgeStanding standing) {
        return new PledgeView(standing.clusterCode(), standing.year(),
                standing.signed().stream()
                        .map(s -> new PledgeSignatureView(s.unitCode, s.signedOn, s.conferenceId)).toList(),
                standing.pending());
    }
}

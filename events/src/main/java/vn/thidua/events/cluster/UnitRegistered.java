package vn.thidua.events.cluster;

import java.time.LocalDate;

import vn.thidua.events.EventPayload;
import vn.thidua.events.EventType;
import vn.thidua.events.Topics;

/** A member unit (province, city, ministry, agency) was registered. Key: the unit code. */
@EventType(value = "vn.thidua.cluster.unit-registered.v1", topic = Topics.CLUSTER)
public record UnitRegistered(String code, String name, String kind, LocalDate validFrom, LocalDate validTo)
        implements EventPayload {
}

package vn.thidua.support.edge;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A tiny aggregate for exercising the HTTP edge against a real database. */
@Entity
public class Gadget extends PanacheEntityBase {

    public enum Kind { LEVER, WHEEL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "made_on")
    public LocalDate madeOn;
    public long version;
}

package vn.thidua.support.edge;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.thidua.support.problem.ResourceNotFound;
import vn.thidua.support.web.ExpectedRevision;
import vn.thidua.support.web.PageRequest;
import vn.thidua.support.web.PageView;
import vn.thidua.support.web.QueryFilter;

@ApplicationScoped
@Transactional
public class GadgetService {

    static final Logger LOG = Logger.getLogger(GadgetService.class);

    /** How many creations actually ran (replays must not add to it). */
    final AtomicInteger creations = new AtomicInteger();
    /** When set, the next creation waits here (concurrency test). */
    volatile CountDownLatch gate;
    final AtomicInteger entered = new AtomicInteger();

    public int creations() {
        return creations.get();
    }

    public int entered() {
        return entered.get();
    }

    /** When set, the next creation waits for it (concurrency test). */
    public void hold(CountDownLatch gate) {
        this.gate = gate;
    }

    public Gadget create(String name, Gadget.Kind kind, LocalDate madeOn) throws InterruptedException {
        entered.incrementAndGet();
        CountDownLatch waitFor = gate;
        if (waitFor != null) {
            waitFor.await(20, TimeUnit.SECONDS);
        }
        Gadget gadget = new Gadget();
        gadget.name = name;
        gadget.kind = kind;
        gadget.madeOn = madeOn;
        gadget.persistAndFlush();
        creations.incrementAndGet();
        LOG.infof("gadget created: %d %s", gadget.id, name);
        return gadget;
    }

    public Gadget rename(long id, ExpectedRevision expected, String name) {
        Gadget gadget = get(id);
        expected.check(gadget.version);
        gadget.name = name;
        gadget.version++;
        return gadget;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Gadget get(long id) {
        return Gadget.<Gadget>findByIdOptional(id).orElseThrow(() -> new ResourceNotFound("gadget", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Gadget> list(Gadget.Kind kind, LocalDate madeOn, PageRequest page) {
        QueryFilter filter = QueryFilter.create().where("kind = :kind", "kind", kind)
                .where("madeOn = :madeOn", "madeOn", madeOn);
        return QueryFilter.page(Gadget.find(filter.query(), Sort.by("id"), filter.params()), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long advisoryLockWaiters() {
        return ((Number) Gadget.getEntityManager()
                .createNativeQuery("select count(*) from pg_locks where locktype = 'advisory' and not granted")
                .getSingleResult()).longValue();
    }
}

package io.strata.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** A compiled rule base; thread-safe, each {@link #fire} uses a session of its own. */
public final class CompiledRules {

    private final KieBase base;

    CompiledRules(KieBase base) {
        this.base = base;
    }

    /** Inserts the facts, fires every rule and returns the responses the rules inserted. */
    public List<Response> fire(Collection<?> facts) {
        return DroolsClassLoading.call(() -> {
            KieSession session = base.newKieSession();
            try {
                for (Object fact : facts) {
                    session.insert(fact);
                }
                session.fireAllRules();
                List<Response> responses = new ArrayList<>();
                for (Object o : session.getObjects(o -> o instanceof Response)) {
                    responses.add((Response) o);
                }
                return responses;
            } finally {
                session.dispose();
            }
        });
    }
}

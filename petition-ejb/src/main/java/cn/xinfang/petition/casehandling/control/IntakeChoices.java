package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.ChoiceView;
import cn.xinfang.petition.casehandling.entity.IssueCategory;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The configured choices of an intake form, for the registrar and the citizen alike. */
@Dependent
public class IntakeChoices {

    @PersistenceContext
    EntityManager em;

    /**
     * Active second-level categories with their path ("城乡建设 / 物业管理"), in code order; the
     * children of a deactivated top level are not offered although they stay active themselves.
     */
    public List<ChoiceView> categories() {
        return em.createNamedQuery(IssueCategory.ACTIVE, IssueCategory.class).getResultStream()
                .filter(IntakeChoices::offered)
                .map(c -> new ChoiceView(c.getCode(), c.getPath(), c.getParent().getCode(), false)).toList();
    }

    /** May a new matter be filed under this category: an active leaf under an active top level. */
    public static boolean offered(IssueCategory c) {
        return c.isActive() && c.getParent() != null && c.getParent().isActive();
    }
}

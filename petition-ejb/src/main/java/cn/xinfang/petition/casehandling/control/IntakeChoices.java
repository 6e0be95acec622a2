package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.boundary.ChoiceView;
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

    /** Second-level categories with their path ("城乡建设 / 物业管理"), in code order. */
    public List<ChoiceView> categories() {
        return em.createNamedQuery(IssueCategory.ACTIVE, IssueCategory.class).getResultStream()
                .filter(c -> c.getParent() != null)
                .map(c -> new ChoiceView(c.getCode(), c.getPath(), c.getParent().getCode(), false)).toList();
    }
}

package cn.xinfang.petition.web.api;

import cn.xinfang.petition.casehandling.boundary.CategoryView;
import cn.xinfang.petition.casehandling.boundary.CodeTables;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The issue categories, both levels, active and inactive, in tree order (a parent before its children). */
@Path("categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoriesResource {

    @Inject
    CodeTables codeTables;

    @GET
    public List<CategoryView> categories() {
        return codeTables.categories();
    }
}

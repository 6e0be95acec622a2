package cn.xinfang.petition.shared.control;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.query.ReturnableType;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;

import java.util.List;

/**
 * The JPQL function {@code bigrams_match(terms, token1, …, tokenN)}: true when the stored search
 * terms ({@code matter.search_terms}, see {@link cn.xinfang.petition.shared.entity.SearchTerms}) hold every
 * token; a token ending in {@code :*} is a prefix. Rendered per database:
 * <ul>
 * <li>PostgreSQL: {@code search_vector @@ to_tsquery('simple', ?1 || ' & ' || ?2 …)}, where
 * {@code search_vector} is the stored {@code to_tsvector('simple', search_terms)} beside the terms
 * column, served by the GIN index {@code ix_matter_search_vector} (V20_3);</li>
 * <li>elsewhere (H2): one {@code terms LIKE '% token %'} per token ({@code '% tok%'} for a
 * prefix); the tokens hold letters, digits and CJK characters only, so nothing needs escaping.</li>
 * </ul>
 * Registered through {@code META-INF/services/org.hibernate.boot.model.FunctionContributor}.
 */
public class TextSearchFunctions implements FunctionContributor {

    public static final String BIGRAMS_MATCH = "bigrams_match";

    /** PostgreSQL only: {@code to_tsvector('simple', search_terms)}, stored and GIN-indexed (V20_3). */
    static final String VECTOR_COLUMN = "search_vector";

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        BasicType<Boolean> bool = contributions.getTypeConfiguration().getBasicTypeRegistry()
                .resolve(StandardBasicTypes.BOOLEAN);
        boolean postgres = contributions.getDialect() instanceof PostgreSQLDialect;
        contributions.getFunctionRegistry().register(BIGRAMS_MATCH, new BigramsMatch(postgres, bool));
    }

    static final class BigramsMatch extends AbstractSqmSelfRenderingFunctionDescriptor {

        private final boolean postgres;

        BigramsMatch(boolean postgres, BasicType<Boolean> bool) {
            super(BIGRAMS_MATCH, StandardArgumentsValidators.min(2), StandardFunctionReturnTypeResolvers.invariant(bool), null);
            this.postgres = postgres;
        }

        @Override
        public void render(SqlAppender sql, List<? extends SqlAstNode> args, ReturnableType<?> returnType,
                           SqlAstTranslator<?> walker) {
            if (postgres) {
                // the stored vector beside the terms column (V20_3), so that no row recomputes it
                ColumnReference column = args.get(0) instanceof Expression e ? e.getColumnReference() : null;
                if (column != null && column.getQualifier() != null) {
                    sql.appendSql("(" + column.getQualifier() + "." + VECTOR_COLUMN);
                } else {
                    sql.appendSql("(to_tsvector('simple',");
                    args.get(0).accept(walker);
                    sql.appendSql(")");
                }
                sql.appendSql("@@to_tsquery('simple',");
                for (int i = 1; i < args.size(); i++) {
                    if (i > 1) {
                        sql.appendSql("||' & '||");
                    }
                    args.get(i).accept(walker);
                }
                sql.appendSql("))");
                return;
            }
            sql.appendSql("(");
            for (int i = 1; i < args.size(); i++) {
                if (i > 1) {
                    sql.appendSql(" and ");
                }
                args.get(0).accept(walker);
                sql.appendSql(" like '% '||replace(");
                args.get(i).accept(walker);
                sql.appendSql(",':*','%')||' %'");
            }
            sql.appendSql(")");
        }
    }
}

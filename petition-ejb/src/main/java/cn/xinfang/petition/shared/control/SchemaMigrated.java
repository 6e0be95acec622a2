package cn.xinfang.petition.shared.control;

/**
 * Fired once at deployment, inside a transaction, after the migrations ran and before anything
 * else touches the database: the moment for first-start data. The features below shared observe
 * it, so that shared does not need to know them.
 */
public record SchemaMigrated(String version) {
}

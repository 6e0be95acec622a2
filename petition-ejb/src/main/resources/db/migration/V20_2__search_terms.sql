-- Chinese text search (issue 9): each matter's CJK bigrams of its content and petitioner names,
-- written by the application with the row (shared.entity.SearchTerms). Not audited: it is
-- derived from audited fields. V20_3 fills it for existing matters and, on PostgreSQL, indexes it.
ALTER TABLE matter ADD COLUMN search_terms VARCHAR;

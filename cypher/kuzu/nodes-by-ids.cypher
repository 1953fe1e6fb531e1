// The entities with the given (distinct) ids, of any kind, with their derived degree, in one statement.
// kuzu joins the ids against the id column of every entity table (__NODES__); it cannot look a list up in
// the primary-key index (only a single `{id: $id}` is), and it reads each returned column of the whole
// table before the join, so the stored columns are named one by one, leaving out the large searchText
// (flat: a struct literal over tables of different columns came back corrupted in kuzu 0.11).
UNWIND $ids AS i
MATCH (n:__NODES__ {id: i})
RETURN label(n) AS kind, n.id AS id, n.name AS name, n.nameEn AS nameEn, n.aliases AS aliases,
    n.description AS description, n.keywords AS keywords, n.props AS props, n.stats AS stats,
    n.sources AS sources, n.degree AS degree

"""SQL migration files of the knowledge base (a package so the `.sql` files ship as package data)."""

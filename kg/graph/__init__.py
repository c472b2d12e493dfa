"""Identity resolution, the RDF graph, its vocabulary, stores, SPARQL and SHACL."""

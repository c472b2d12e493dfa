"""Reading sources: files, folders, JSON Lines; normalising text; cutting pages into articles."""

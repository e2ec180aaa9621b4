"""The tools that prove the specification bites: mutation testing, mechanical and by hand."""

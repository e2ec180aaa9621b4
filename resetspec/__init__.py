"""resetspec: the executable specification of the DGFiP "Mot de passe oublié" procedure."""

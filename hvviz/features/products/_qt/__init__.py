"""The products' views: the product picker above the stage."""

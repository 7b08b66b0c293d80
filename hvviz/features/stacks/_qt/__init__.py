"""The stacks' views: layer items, stack items, the links between counterparts, the stage."""

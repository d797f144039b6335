package org.healthcode.companion;

/** How a companion is related to the resident who brings them. */
public enum Relation {

	PARENT, GRANDPARENT, CHILD, GRANDCHILD, SPOUSE, SIBLING, RELATIVE, OTHER

}

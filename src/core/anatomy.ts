/**
 * Body dimensions shared by the layers that place a skeleton on the floor (the viewer's floor plane,
 * the review screen's planted feet).
 */

/**
 * Height of the H36M ankle joint centre above the floor (the sole) when standing, metres (adult
 * average). The lifter's ankle joint is the malleolus centre, not the sole, so a foot on the floor
 * has its ankle this far up.
 */
export const ANKLE_HEIGHT_M = 0.07;

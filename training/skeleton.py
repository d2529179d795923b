"""Joint orders mirrored from src/core/skeleton.ts (COCO-17 detector order, H36M-17 lifter order)."""
COCO = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear', 'left_shoulder', 'right_shoulder',
        'left_elbow', 'right_elbow', 'left_wrist', 'right_wrist', 'left_hip', 'right_hip',
        'left_knee', 'right_knee', 'left_ankle', 'right_ankle']
H36M = ['pelvis', 'right_hip', 'right_knee', 'right_ankle', 'left_hip', 'left_knee', 'left_ankle',
        'spine', 'thorax', 'neck', 'head', 'left_shoulder', 'left_elbow', 'left_wrist',
        'right_shoulder', 'right_elbow', 'right_wrist']
H36M_PARENTS = [-1, 0, 1, 2, 0, 4, 5, 0, 7, 8, 9, 8, 11, 12, 8, 14, 15]


def mirror_perm(names):
    return [names.index(n.replace('left_', 'right_') if n.startswith('left_') else n.replace('right_', 'left_')) for n in names]


COCO_MIRROR = mirror_perm(COCO)
H36M_MIRROR = mirror_perm(H36M)
# H36M joint each COCO keypoint moves with under bone-length scaling (face points: the neck joint).
COCO_ATTACH = [H36M.index(n) if n in H36M else H36M.index('neck') for n in COCO]
COCO_FACE = [0, 1, 2, 3, 4]
# Bone groups for shape augmentation (by child joint, mirrored left/right).
BONE_GROUPS = {'hip': [1, 4], 'thigh': [2, 5], 'shin': [3, 6], 'spine': [7], 'chest': [8], 'neck': [9],
               'head': [10], 'clavicle': [11, 14], 'upper_arm': [12, 15], 'forearm': [13, 16]}
# Per-joint 2D noise multipliers (detectors are worse on wrists, hips, ankles).
COCO_NOISE = [0.7, 0.6, 0.6, 0.8, 0.8, 1.0, 1.0, 1.3, 1.3, 1.8, 1.8, 1.6, 1.6, 1.2, 1.2, 1.5, 1.5]
LIMB_SWAPS = {
    'legs': [(11, 12), (13, 14), (15, 16)],
    'arms': [(5, 6), (7, 8), (9, 10)],
    'lower_legs': [(13, 14), (15, 16)],
    'all': [(1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12), (13, 14), (15, 16)],
}

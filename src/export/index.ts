export { resultToJson } from './json';
export { keypointsToCsv, keypointsCsvHeader, mistakesToCsv, repsToCsv, csvCell, csvRow, type KeypointsCsvOptions } from './csv';
export { motionToBvh, type BvhOptions } from './bvh';
export { motionFromResult, type Motion3D } from './motion';
export { parseBvh, bvhForwardKinematics, type BvhFile, type BvhJoint } from './bvhParse';
export { downloadBlob, safeFileName, MIME } from './download';

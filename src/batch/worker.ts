import { runTask, type BatchTask } from './tasks.js';

/** The worker-thread entry of the batch pool (piscina): one task in, one small record out. */
export default function work(task: BatchTask): ReturnType<typeof runTask> {
  return runTask(task);
}

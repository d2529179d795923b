/**
 * Test-only page entry (served from e2e/pages/live.html, never part of the app build): mounts the live coach screen on its own (until the app's Live tab is used). The
 * recording handed to `onAnalyseRecording` goes through the real upload pipeline's 2D stage (first
 * frames) so the spec can check that a recorded set is analysable.
 */
import { createRoot } from 'react-dom/client';
import { LiveScreen } from './LiveScreen';
import { analyzeVideo } from '../../pipeline/run';

export interface LiveTestState {
  analysed: { name: string; type: string; size: number; frames: number; withPerson: number; width: number; height: number } | null;
  analyseError: string | null;
}

declare global {
  interface Window { __liveTest: LiveTestState }
}

window.__liveTest = { analysed: null, analyseError: null };

async function analyse(file: File): Promise<void> {
  try {
    const r = await analyzeVideo(file, { maxFrames: 30 });
    window.__liveTest.analysed = {
      name: file.name, type: file.type, size: file.size, frames: r.frames.length,
      withPerson: r.frames.filter((f) => f.persons.length > 0).length, width: r.video.width, height: r.video.height,
    };
  } catch (e) {
    window.__liveTest.analyseError = e instanceof Error ? e.message : String(e);
  }
}

createRoot(document.getElementById('root')!).render(<LiveScreen onAnalyseRecording={(f) => void analyse(f)} />);

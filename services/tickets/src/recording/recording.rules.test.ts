import { RecordingStatus } from './recording.entity';
import { earliestKeptUntil, recordingProblems } from './recording.rules';

describe('R-TKT-14 call-recording log', () => {
  const now = new Date('2026-12-07T06:00:00Z');
  const callAt = new Date('2026-12-07T05:30:00Z');
  const kept = {
    ticketId: 't',
    status: RecordingStatus.KEPT,
    recordingRef: 'rec/2026/12/07/0001.wav',
    callAt,
  };

  it('keeps a recording at least the policy’s days after the call', () => {
    expect(earliestKeptUntil(callAt, 30).toISOString()).toBe('2027-01-06T05:30:00.000Z');
    expect(recordingProblems(kept, 30, now)).toEqual([]);
    expect(recordingProblems({ ...kept, keptUntil: new Date('2027-01-06T05:30:00Z') }, 30, now)).toEqual([]);
    expect(recordingProblems({ ...kept, keptUntil: new Date('2027-01-06T05:29:00Z') }, 30, now)).toEqual([
      { field: 'keptUntil', message: 'at least 30 days after the call' },
    ]);
  });

  it('a kept recording says where it is; an exception says why there is none', () => {
    expect(recordingProblems({ ...kept, recordingRef: ' ' }, 30, now)[0].field).toBe('recordingRef');
    const missing = { requestId: 'r', status: RecordingStatus.MISSING, callAt };
    expect(recordingProblems(missing, 30, now)).toEqual([
      { field: 'reason', message: 'say why the recording is MISSING' },
    ]);
    expect(recordingProblems({ ...missing, reason: '录音设备故障' }, 30, now)).toEqual([]);
    expect(
      recordingProblems(
        { ...missing, status: RecordingStatus.FAILED, reason: 'x', recordingRef: 'y' },
        30,
        now,
      ),
    ).toEqual([{ field: 'recordingRef', message: 'a FAILED recording has none' }]);
  });

  it('names the ticket or request of the call', () => {
    expect(recordingProblems({ ...kept, ticketId: undefined }, 30, now)[0]).toEqual({
      field: 'ticketId',
      message: 'name the ticket or the request',
    });
  });
});

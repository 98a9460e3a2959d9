package org.zhpipe.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.zhpipe.batch.ProgressListener;

/** A progress bar on standard error (me.tongfei:progressbar), driven by a batch run's bytes read. */
final class Progress implements ProgressListener, AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start() {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("zhpipe")
                .setInitialMax(-1)
                .setUnit(" MB", 1_000_000)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        return new Progress(bar);
    }

    @Override
    public synchronized void onProgress(long bytesRead, long totalBytes) {
        if (totalBytes > 0 && bar.getMax() != totalBytes) {
            bar.maxHint(totalBytes);
        }
        bar.stepTo(bytesRead);
    }

    @Override
    public void close() {
        bar.close();
    }
}

import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Loaded } from './hooks.js';

/** A page: its heading takes focus when the page opens, so keyboard and screen-reader users land on it. */
export function Page(props: { title: string; children: ComponentChildren; actions?: ComponentChildren }) {
  const h = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    h.current?.focus();
    document.title = `${props.title} - custos console`;
  }, [props.title]);
  return (
    <section aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title" tabIndex={-1} ref={h}>
          {props.title}
        </h1>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}

/** Loading / error / content of a loaded value. */
export function Show<T>(props: { value: Loaded<T>; children: (data: T) => ComponentChildren; label: string }) {
  const { data, error, loading } = props.value;
  if (error && data === undefined)
    return (
      <p class="error" role="alert">
        Could not load {props.label}: {error}
      </p>
    );
  if (loading && data === undefined) return <p aria-busy="true">Loading {props.label}…</p>;
  return (
    <>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {data !== undefined ? props.children(data) : null}
    </>
  );
}

/** Whole seconds to "1h 02m 03s". */
export function duration(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h ? `${h}h ${String(m).padStart(2, '0')}m ${String(sec).padStart(2, '0')}s` : m ? `${m}m ${String(sec).padStart(2, '0')}s` : `${sec}s`;
}

export const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
};

/** A status badge. */
export function Status(props: { status: string }) {
  return <span class={`badge s-${props.status}`}>{props.status}</span>;
}

/** A long hex or address, shortened on screen with the whole value for copying and assistive technology. */
export function Mono(props: { value: string }) {
  return (
    <code class="mono" title={props.value}>
      {props.value}
    </code>
  );
}

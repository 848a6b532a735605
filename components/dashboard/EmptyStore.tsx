/** Nothing stored yet: where data comes from. */
export function EmptyStore() {
  return (
    <section class="card" aria-labelledby="empty-heading">
      <h2 id="empty-heading">No pupils are stored yet</h2>
      <p>Attendance Lens has no pupils in this browser. Pupils and their marks arrive in two ways:</p>
      <ul>
        <li>
          Import history from your MIS (a CTF or CSV export) in <a href="options.html#data-heading">Settings › Your data</a>.
        </li>
        <li>Open a register, or a pupil's attendance page, on your MIS with Attendance Lens allowed on that site. What the page shows as saved is stored.</li>
      </ul>
    </section>
  );
}

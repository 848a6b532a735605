import { render } from 'preact';
import { SidePanel } from '../../components/sidepanel/SidePanel';
import '../../assets/base.css';
import '../../components/dashboard/dashboard.css';
import '../../components/sidepanel/sidepanel.css';

render(<SidePanel />, document.getElementById('app')!);

import { render } from 'preact';
import { SidePanel } from '../../components/sidepanel/SidePanel';
import '../../assets/base.css';
import '../../components/dashboard/dashboard.css';

render(<SidePanel />, document.getElementById('app')!);
